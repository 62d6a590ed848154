import ArticleModel
import MarkupTree

/// Plain text from HTML-ish text: tags stripped (with the content of `script` and `style`),
/// entities decoded, whitespace collapsed.
enum PlainText {
    /// The plain text of `html`.
    static func of(_ html: String) -> String {
        guard hasTags(html) else { return EntityDecoder.decode(html).collapsingWhitespace }
        var out = ""
        append(MarkupParser.html(html), to: &out)
        return out.collapsingWhitespace
    }

    /// Whether `text` holds a `<` that starts a tag, comment or end tag (not `1 < 2`).
    private static func hasTags(_ text: String) -> Bool {
        var afterOpen = false
        for b in text.utf8 {
            let letter = (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A)
            if afterOpen, letter || b == UInt8(ascii: "/") || b == UInt8(ascii: "!") { return true }
            afterOpen = b == UInt8(ascii: "<")
        }
        return false
    }

    /// The first words of `text`, at most `limit` characters, with `…` when cut.
    static func firstWords(of text: String, limit: Int = 60) -> String {
        guard text.count > limit else { return text }
        let cut = text.prefix(limit)
        let words = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return String(words) + "…"
    }

    private static let hidden: Set<String> = ["script", "style", "noscript", "template", "head", "title"]

    private static func append(_ element: MarkupElement, to out: inout String) {
        for child in element.children {
            switch child {
            case .text(let text): out += text
            case .comment: break
            case .element(let e):
                if hidden.contains(e.name) { continue }
                append(e, to: &out)
                if blocks.contains(e.name) { out += " " }
            }
        }
    }

    private static let blocks: Set<String> = [
        "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th",
    ]
}
