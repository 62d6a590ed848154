/// Boilerplate to remove while converting: data, so a site can extend the built-in rules in
/// `site.yml`.
///
/// ```yaml
/// cleaning:
///   drop_text:            # a block whose whole text matches one of these is removed
///     - "^Advertisement$"
///   drop_classes:         # an element with one of these classes is removed with its content
///     - newsletter-signup
/// ```
public struct CleaningRules: Hashable, Sendable {
    /// Regular expressions matched against the whole whitespace-collapsed text of a block
    /// (paragraph, heading, list item, `div`); a match removes the block.
    public var dropText: [String]
    /// Class names or ids; an element carrying one is removed with everything inside.
    public var dropClasses: [String]

    /// Creates rules.
    public init(dropText: [String] = [], dropClasses: [String] = []) {
        self.dropText = dropText
        self.dropClasses = dropClasses
    }

    /// These rules followed by `other`'s, without duplicates.
    public func adding(_ other: CleaningRules) -> CleaningRules {
        func merge(_ a: [String], _ b: [String]) -> [String] {
            var seen = Set<String>()
            return (a + b).filter { seen.insert($0).inserted }
        }
        return CleaningRules(dropText: merge(dropText, other.dropText), dropClasses: merge(dropClasses, other.dropClasses))
    }
}
