/// Writes ``MarkupNode``s back to HTML that is also well-formed XHTML: void elements closed
/// (`<br />`), every attribute quoted, `&`, `<`, `>` and `"` escaped, nothing else changed.
public enum MarkupSerializer {
    /// HTML elements that never have content.
    public static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    ]

    /// The HTML of a list of nodes.
    public static func html(_ nodes: [MarkupNode]) -> String {
        var out = ""
        for node in nodes { write(node, to: &out) }
        return out
    }

    /// The HTML of an element's children (its inner HTML).
    public static func innerHTML(_ element: MarkupElement) -> String { html(element.children) }

    /// Escapes text for use between tags.
    public static func escapeText(_ text: String) -> String { escape(text, quotes: false) }

    /// Escapes text for use inside a double-quoted attribute.
    public static func escapeAttribute(_ text: String) -> String { escape(text, quotes: true) }

    private static func write(_ node: MarkupNode, to out: inout String) {
        switch node {
        case .text(let text):
            out += escape(text, quotes: false)
        case .comment:
            break  // comments are dropped from output
        case .element(let e):
            out += "<" + e.name
            for a in e.attributes { out += " \(a.name)=\"\(escape(a.value, quotes: true))\"" }
            if voidElements.contains(e.name) {
                out += " />"
                return
            }
            out += ">"
            for child in e.children { write(child, to: &out) }
            out += "</\(e.name)>"
        }
    }

    private static func escape(_ text: String, quotes: Bool) -> String {
        // U+FFFE and U+FFFF are not XML characters; they are rare, so filter only when present.
        if text.utf8.contains(0xEF), text.unicodeScalars.contains(where: { $0.value == 0xFFFE || $0.value == 0xFFFF }) {
            return escape(String(String.UnicodeScalarView(text.unicodeScalars.filter { $0.value != 0xFFFE && $0.value != 0xFFFF })), quotes: quotes)
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for b in text.utf8 {
            switch b {
            case UInt8(ascii: "&"): bytes += Array("&amp;".utf8)
            case UInt8(ascii: "<"): bytes += Array("&lt;".utf8)
            case UInt8(ascii: ">"): bytes += Array("&gt;".utf8)
            case UInt8(ascii: "\"") where quotes: bytes += Array("&quot;".utf8)
            case 0x00...0x08, 0x0B, 0x0C, 0x0E...0x1F: continue  // not allowed in XML
            default: bytes.append(b)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
