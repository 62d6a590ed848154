import MarkupTree

extension MarkupElement {
    /// The text inside with runs of whitespace as one space, trimmed.
    var plainText: String {
        textContent.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// How many characters of text the element holds, whitespace runs counted once.
    var textLength: Int { plainText.count }

    /// How many characters of that text sit inside links.
    var linkTextLength: Int {
        if name == "a" { return textLength }
        return childElements.reduce(0) { $0 + $1.linkTextLength }
    }

    /// The share of the text that is link text: 0 (no links) to 1 (all links).
    var linkDensity: Double {
        let total = textLength
        return total == 0 ? 0 : Double(linkTextLength) / Double(total)
    }

    /// How many links the element holds, itself included.
    var linkCount: Int {
        (name == "a" ? 1 : 0) + childElements.reduce(0) { $0 + $1.linkCount }
    }

    /// Every element below this one (not itself), depth first, in document order.
    var descendants: [MarkupElement] {
        childElements.flatMap { [$0] + $0.descendants }
    }

    /// Inline elements, whose text runs on with their neighbours' (no space between).
    static let inlineNames: Set<String> = [
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd", "mark", "q", "s",
        "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr",
    ]

    /// The text with a space where blocks meet (`<li>One</li><li>Two</li>` → "One Two").
    var spacedText: String {
        var out = ""
        appendSpacedText(to: &out)
        return out
    }

    private func appendSpacedText(to out: inout String) {
        for child in children {
            switch child {
            case .text(let text): out += text
            case .comment: break
            case .element(let element):
                let block = !Self.inlineNames.contains(element.name)
                if block { out += " " }
                element.appendSpacedText(to: &out)
                if block { out += " " }
            }
        }
    }

    /// The first few words of the text, for a diagnostic: `"Sign up for our…"`.
    var openingWords: String {
        let words = spacedText.split(whereSeparator: \.isWhitespace)
        let shown = words.prefix(8).joined(separator: " ")
        return "\"" + shown + (words.count > 8 ? "…" : "") + "\""
    }

    /// The words of the `class` and `id` attributes, lowercased and split at every non-letter
    /// and at camel-case humps: `shareBar social-links` → share, bar, social, links.
    var signalWords: [String] {
        let source = [attribute("class"), attribute("id")].compactMap { $0 }.joined(separator: " ")
        return SignalWords.split(source)
    }

    /// The element's landmark role, lowercased, if any.
    var role: String? { attribute("role")?.lowercased() }
}
