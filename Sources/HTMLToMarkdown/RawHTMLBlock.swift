import MarkupTree

/// Writes an element Markdown cannot express (tables, definition lists, details) as one line
/// of clean HTML, which libcmark keeps as a single raw HTML block.
enum RawHTMLBlock {
    /// The element's HTML on one line: text whitespace collapsed, whitespace between rows and
    /// cells dropped, line breaks inside `pre` and inside attribute values written as `&#10;`
    /// and `&#13;` (a blank line would end the HTML block and let the rest be read as
    /// Markdown).
    static func html(_ element: MarkupElement) -> String {
        let html = MarkupSerializer.html([.element(flattened(element, inPre: false))])
        guard html.contains(lineMark) || html.contains(returnMark) else { return html }
        return html.replacingOccurrences(of: lineMark, with: "&#10;").replacingOccurrences(of: returnMark, with: "&#13;")
    }

    /// Stands for a line feed inside `pre` or an attribute until the HTML is written (a
    /// private-use character).
    private static let lineMark = "\u{E000}"
    /// Stands for a carriage return, likewise.
    private static let returnMark = "\u{E001}"

    /// `text` with its line feeds and carriage returns replaced by the marks.
    private static func marked(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "\n" || $0 == "\r" }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": out.append(contentsOf: lineMark.unicodeScalars)
            case "\r": out.append(contentsOf: returnMark.unicodeScalars)
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    private static let structural: Set<String> = ["table", "thead", "tbody", "tfoot", "tr", "colgroup", "dl", "ul", "ol"]

    private static func flattened(_ element: MarkupElement, inPre: Bool) -> MarkupElement {
        var copy = element
        let pre = inPre || element.name == "pre"
        copy.attributes = element.attributes.map { MarkupAttribute($0.name, marked($0.value)) }
        copy.children = element.children.compactMap { child in
            switch child {
            case .element(let e):
                return .element(flattened(e, inPre: pre))
            case .text(let t):
                if structural.contains(element.name), t.collapsingHTMLWhitespaceIsEmpty { return nil }
                return .text(pre ? marked(t) : collapse(t))
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
