import MarkupTree

extension BodyRewriter {
    /// Elements written as they are (with allowed attributes only).
    static let kept: Set<String> = [
        "a", "abbr", "address", "article", "aside", "b", "blockquote", "br", "caption", "cite", "code",
        "col", "colgroup", "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure",
        "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "i", "ins", "kbd", "li", "mark",
        "ol", "p", "pre", "q", "rp", "rt", "ruby", "s", "samp", "section", "small", "span", "strong",
        "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul", "var", "wbr",
    ]

    /// Elements removed together with their content.
    static let dropped: Set<String> = [
        "area", "base", "button", "canvas", "form", "head", "input", "link", "map", "math", "meta",
        "noscript", "option", "param", "script", "select", "source", "style", "svg", "template",
        "textarea", "title", "track",
    ]

    /// Embedded content replaced by a placeholder and a link to its source, like images.
    static let embedded: Set<String> = ["audio", "embed", "iframe", "object", "video"]

    /// The value to keep for an attribute other than `id`, or nil to drop it.
    static func allowedValue(_ attribute: MarkupAttribute) -> String? {
        let value = attribute.value
        switch attribute.name {
        case "class", "title", "abbr": return value
        case "colspan", "rowspan", "span": return Int(value).flatMap { $0 > 0 ? String($0) : nil }
        case "start", "value": return Int(value).map(String.init)
        case "scope": return ["row", "col", "rowgroup", "colgroup"].contains(value) ? value : nil
        case "reversed": return "reversed"
        default: return nil
        }
    }

    /// An id made safe for XHTML: letters, digits, `-`, `_` and `.` kept, anything else as `-`.
    static func cleanID(_ id: String) -> String {
        var out = ""
        for scalar in id.unicodeScalars {
            let keep = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                || scalar == "-" || scalar == "_" || scalar == "."
            out.unicodeScalars.append(keep ? scalar : "-")
        }
        return out
    }

    /// Every `id` value in the nodes, unchanged.
    static func ids(in nodes: [MarkupNode]) -> Set<String> {
        var out: Set<String> = []
        var stack = nodes
        while let node = stack.popLast() {
            guard case .element(let e) = node else { continue }
            if let id = e.attribute("id"), !id.isEmpty { out.insert(id) }
            stack += e.children
        }
        return out
    }
}
