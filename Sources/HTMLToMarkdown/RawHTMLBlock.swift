import MarkupTree

/// Writes an element Markdown cannot express (tables, definition lists, details) as one line
/// of clean HTML, which libcmark keeps as a single raw HTML block.
enum RawHTMLBlock {
    /// The element's HTML on one line: text whitespace collapsed, whitespace between rows and
    /// cells dropped, line breaks inside `pre` written as `&#10;`.
    static func html(_ element: MarkupElement) -> String {
        let html = MarkupSerializer.html([.element(flattened(element, inPre: false))])
        return html.contains(lineMark) ? html.replacingOccurrences(of: lineMark, with: "&#10;") : html
    }

    /// Stands for a line break inside `pre` until the HTML is written (a private-use character).
    private static let lineMark = "\u{E000}"

    private static let structural: Set<String> = ["table", "thead", "tbody", "tfoot", "tr", "colgroup", "dl", "ul", "ol"]

    private static func flattened(_ element: MarkupElement, inPre: Bool) -> MarkupElement {
        var copy = element
        let pre = inPre || element.name == "pre"
        copy.children = element.children.compactMap { child in
            switch child {
            case .element(let e):
                return .element(flattened(e, inPre: pre))
            case .text(let t):
                if structural.contains(element.name), t.collapsingHTMLWhitespaceIsEmpty { return nil }
                return .text(pre ? t.replacingOccurrences(of: "\n", with: lineMark) : collapse(t))
            case .comment:
                return nil
            }
        }
        return copy
    }

    private static func collapse(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var space = false
        for byte in text.utf8 {
            if ByteClass.isSpace(byte) {
                if !space { out.append(0x20) }
                space = true
            } else {
                out.append(byte)
                space = false
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
