/// Boilerplate to remove while converting: data, so a site can extend the built-in rules in
/// `site.yml` and switch any of them off by name.
///
/// ```yaml
/// cleaning:
///   drop_text:            # a block whose whole text matches one of these is removed
///     - "^Advertisement$"
///   drop_classes:         # an element with one of these classes is removed with its content
///     - newsletter-signup
///   disable:              # built-in rules not to apply, by the name diagnostics give
///     - share-widgets
///     - read-more
/// ```
public struct CleaningRules: Hashable, Sendable {
    /// Regular expressions matched against the whole whitespace-collapsed text of a block
    /// (paragraph, heading, list item, `div`); a match removes the block.
    public var dropText: [String]
    /// Class names or ids; an element carrying one is removed with everything inside.
    public var dropClasses: [String]
    /// Names of the structural rules to apply (rules that read roles, landmarks, class and
    /// id words, link density and the article's metadata rather than phrases), such as
    /// `share-widgets` or `byline`; the converter knows which names exist.
    public var structural: [String]
    /// Names of rules not to apply: a text rule's `(?#name)`, a structural rule's name, or a
    /// class in `dropClasses`. They win over every list above, whichever rules they came with.
    public var disabled: [String]

    /// Creates rules.
    public init(dropText: [String] = [], dropClasses: [String] = [], structural: [String] = [], disabled: [String] = []) {
        self.dropText = dropText
        self.dropClasses = dropClasses
        self.structural = structural
        self.disabled = disabled
    }

    /// These rules followed by `other`'s, without duplicates; what either disables stays off.
    public func adding(_ other: CleaningRules) -> CleaningRules {
        func merge(_ a: [String], _ b: [String]) -> [String] {
            var seen = Set<String>()
            return (a + b).filter { seen.insert($0).inserted }
        }
        return CleaningRules(dropText: merge(dropText, other.dropText), dropClasses: merge(dropClasses, other.dropClasses),
                             structural: merge(structural, other.structural), disabled: merge(disabled, other.disabled))
    }
}
