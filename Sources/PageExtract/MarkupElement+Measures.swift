import MarkupTree

extension MarkupElement {
    /// The text inside with runs of whitespace as one space, trimmed.
    var plainText: String {
        textContent.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Elements whose text no reader sees (a script's code, a style sheet).
    static let unseen: Set<String> = ["script", "style", "noscript", "template"]

    /// How many characters (Unicode scalars) of text the element holds, a run of whitespace
    /// between words counted as one and none at the ends: the length of ``plainText``, counted
    /// without building it (this runs for many blocks of a page).
    var textLength: Int { BlockMeasure(self).text }

    /// The share of the text that is link text: 0 (no links) to 1 (all links).
    var linkDensity: Double { BlockMeasure(self).linkDensity }

    /// How many links the element holds, itself included.
    var linkCount: Int { BlockMeasure(self).links }

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
            case .element(let element) where Self.unseen.contains(element.name): break
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

    /// The words of the `class`, `id`, `data-component` and `aria-label` attributes, lowercased
    /// and split at every non-letter and at camel-case humps: `shareBar social-links` → share,
    /// bar, social, links.
    var signalWords: [String] {
        let source = [attribute("class"), attribute("id"), attribute("data-component"), attribute("aria-label")]
            .compactMap { $0 }.joined(separator: " ")
        return SignalWords.split(source)
    }

    /// The element's landmark role, lowercased, if any.
    var role: String? { attribute("role")?.lowercased() }
}
