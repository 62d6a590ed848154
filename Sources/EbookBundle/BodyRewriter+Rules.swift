import MarkupTree

extension BodyRewriter {
    /// Elements written as they are (with allowed attributes only).
    static let kept: Set<String> = [
        "a", "abbr", "address", "article", "aside", "b", "blockquote", "br", "caption", "cite", "code",
        "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure",
        "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "i", "ins", "kbd", "li", "mark",
        "ol", "p", "pre", "q", "rp", "rt", "ruby", "s", "samp", "section", "small", "span", "strong",
        "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul", "var", "wbr",
    ]

    /// Elements removed together with their content.
    static let dropped: Set<String> = [
        "area", "base", "button", "canvas", "col", "colgroup", "form", "head", "input", "link", "map", "math", "meta",
        "noscript", "option", "param", "script", "select", "source", "style", "svg", "template",
        "textarea", "title", "track",
    ]

    /// Embedded content replaced by a placeholder and a link to its source, like images.
    static let embedded: Set<String> = ["audio", "embed", "iframe", "object", "video"]

    /// The value to keep for an attribute of `element` other than `id`, or nil to drop it.
    static func allowedValue(_ attribute: MarkupAttribute, of element: String) -> String? {
        let value = attribute.value
        switch (attribute.name, element) {
        case ("class", _), ("title", _): return value
        case ("colspan", "td"), ("colspan", "th"), ("rowspan", "td"), ("rowspan", "th"):
            return Int(value).flatMap { $0 > 0 ? String($0) : nil }
        case ("start", "ol"), ("value", "li"): return Int(value).map(String.init)
        case ("scope", "th"): return ["row", "col", "rowgroup", "colgroup"].contains(value) ? value : nil
        case ("reversed", "ol"): return "reversed"
        default: return nil
        }
    }

    /// The element's id: its `id`, or for an old-style anchor `<a name="x">`, its name.
    static func id(of e: MarkupElement) -> String? {
        let id = e.attribute("id") ?? (e.name == "a" ? e.attribute("name") : nil)
        return id?.isEmpty == false ? id : nil
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
            if let id = id(of: e) { out.insert(id) }
            stack += e.children
        }
        return out
    }
}
