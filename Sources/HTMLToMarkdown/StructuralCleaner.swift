import ArticleModel
import MarkupTree

/// The pass that removes page furniture by structure rather than by phrase (see
/// ``StructuralRule``), before any other cleaning, while roles, classes and ids are still
/// there to read:
/// 1. blocks marked as furniture by a landmark element, an ARIA role or a class, id or label
///    word are removed with their content, unless they hold real prose or most of the
///    article's words;
/// 2. at the edges of the article, a repeated title, bylines and datelines, "Read more" links
///    and link lists are removed (``StructuralCleaner/cleanEdges(_:)``).
///
/// Each removal is a note naming its rule.
struct StructuralCleaner {
    /// The structural rules to apply.
    let enabled: Set<StructuralRule>
    /// The article's author and date, to recognise bylines and datelines.
    let metadata: MetadataLine
    /// The article's title, whitespace collapsed and lowercased; nil when unknown.
    let title: String?
    /// The other rules: what they will remove anyway is looked past at the edges.
    let rules: CompiledRules
    /// Notes about what was removed, in the order of removal.
    private(set) var diagnostics: [Diagnostic] = []
    /// Words in the whole body, so that a block holding nearly all of them is never furniture.
    private(set) var totalWords = 0

    /// Elements judged by the words of their class, id and ARIA label: containers, never
    /// links or text-level elements.
    static let containers: Set<String> = [
        "div", "section", "aside", "nav", "footer", "header", "ul", "ol", "li", "p", "span", "figure", "form",
        "table", "dl", "ins", "iframe", "button", "dialog", "details",
    ]

    /// A pass applying `rules`' structural rules, knowing `context`.
    init(rules: CompiledRules, context: ArticleContext) {
        self.rules = rules
        enabled = rules.structural
        metadata = MetadataLine(context)
        let name = context.title?.collapsedForRules.lowercased() ?? ""
        title = name.isEmpty ? nil : name
    }

    /// The body's children without the furniture.
    mutating func clean(_ nodes: [MarkupNode]) -> [MarkupNode] {
        guard !enabled.isEmpty else { return nodes }
        totalWords = TextMeasure.of(nodes).words
        return cleanEdges(removeFurniture(nodes))
    }

    // MARK: Furniture

    /// Elements whose `footer` or `aside` belongs to them: a quote's attribution, a figure's note.
    static let owners: Set<String> = ["blockquote", "figure", "q"]

    private mutating func removeFurniture(_ nodes: [MarkupNode], inOwner: Bool = false) -> [MarkupNode] {
        var out: [MarkupNode] = []
        out.reserveCapacity(nodes.count)
        for node in nodes {
            guard case .element(var element) = node, !TextMeasure.hidden.contains(element.name) else {
                out.append(node)
                continue
            }
            if let (rule, reason) = furniture(element, inOwner: inOwner), enabled.contains(rule), !isContent(element, rule: rule) {
                note("<\(element.name)>" + reason, Self.spacedText(element), rule)
                if !ElementKind.isBlock(element.name) { out.append(.text(" ")) }  // keeps the words around apart
                continue
            }
            element.children = removeFurniture(element.children, inOwner: inOwner || Self.owners.contains(element.name))
            out.append(.element(element))
        }
        return out
    }

    /// The rule that marks `element` as page furniture, and how it was told (` with role "x"`).
    /// Inside a quote or a figure, a landmark element is theirs (`<footer>— Jane Doe</footer>`).
    private func furniture(_ element: MarkupElement, inOwner: Bool) -> (StructuralRule, String)? {
        if ClassVocabulary.landmarkElements.contains(element.name) {
            return inOwner || isSideText(element) ? nil : (.landmarks, "")
        }
        if let role = element.attribute("role")?.lowercased(), ClassVocabulary.landmarkRoles.contains(role) {
            return (.landmarks, " with role \"\(role)\"")
        }
        guard Self.containers.contains(element.name), let (rule, name) = ClassVocabulary.rule(for: element) else { return nil }
        return (rule, " with class or id \"\(name)\"")
    }

    /// Whether an `aside` is a side note of the article's (ten words or more, under a third of
    /// them in links) rather than a sidebar of the page's; one whose class or id marks it as
    /// furniture is judged by that.
    private func isSideText(_ element: MarkupElement) -> Bool {
        guard element.name == "aside", ClassVocabulary.rule(for: element) == nil else { return false }
        let measure = TextMeasure.of(element)
        return measure.words >= 10 && measure.linkDensity < 0.3
    }

    /// Whether `element` is the article's own text whatever marks it: real prose (comment
    /// sections are prose too, so not for them), or three quarters of the body's words.
    private func isContent(_ element: MarkupElement, rule: StructuralRule) -> Bool {
        let measure = TextMeasure.of(element)
        if measure.isProse && rule != .comments { return true }
        return measure.words >= 20 && measure.linkDensity < 0.5 && measure.words * 4 > totalWords * 3
    }

    // MARK: Notes

    /// The text of `element` as a quote: its text pieces joined by spaces, so that the items
    /// of a list do not run together ("Share this: Twitter Facebook").
    static func spacedText(_ element: MarkupElement) -> String {
        var pieces: [String] = []
        func collect(_ nodes: [MarkupNode]) {
            for node in nodes {
                switch node {
                case .text(let text): pieces.append(text)
                case .comment: break
                case .element(let child): if !TextMeasure.hidden.contains(child.name) { collect(child.children) }
                }
            }
        }
        collect(element.children)
        return pieces.joined(separator: " ")
    }

    /// Records the removal of `what`, quoting the start of `text`.
    mutating func note(_ what: String, _ text: String, _ rule: StructuralRule) {
        var quoted = text.collapsedForRules
        if quoted.count > 60 { quoted = String(quoted.prefix(57)) + "…" }
        let quote = quoted.isEmpty ? "" : " \"\(quoted)\""
        diagnostics.append(Diagnostic(.note, "removed \(what)\(quote) (rule: \(rule.rawValue))"))
    }
}
