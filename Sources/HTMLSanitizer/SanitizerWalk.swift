import MarkupTree

/// One pass of the sanitiser over a tree, collecting what it removed.
struct SanitizerWalk {
    /// What was removed, in document order.
    private(set) var removed: [String] = []

    /// The clean version of `nodes`.
    mutating func clean(_ nodes: [MarkupNode]) -> [MarkupNode] {
        var out: [MarkupNode] = []
        out.reserveCapacity(nodes.count)
        for node in nodes {
            switch node {
            case .text(let text):
                append(text, to: &out)
            case .comment:
                continue
            case .element(let element):
                for child in clean(element) {
                    if case .text(let text) = child { append(text, to: &out) } else { out.append(child) }
                }
            }
        }
        return out
    }

    private func append(_ text: String, to out: inout [MarkupNode]) {
        if case .text(let previous)? = out.last {
            out[out.count - 1] = .text(previous + text)
        } else if !text.isEmpty {
            out.append(.text(text))
        }
    }

    /// The nodes that replace `element`: itself cleaned, its children (unwrapped), or nothing.
    private mutating func clean(_ element: MarkupElement) -> [MarkupNode] {
        let name = SanitizerPolicy.renamedElements[element.name] ?? element.name
        if SanitizerPolicy.droppedElements.contains(name) {
            removed.append("removed <\(name)>")
            return []
        }
        guard SanitizerPolicy.allowedElements.contains(name) else { return clean(element.children) }
        var attributes: [MarkupAttribute] = []
        for attribute in element.attributes {
            if let kept = clean(attribute, on: name) { attributes.append(kept) }
        }
        if name == "img", !attributes.contains(where: { $0.name == "src" }) { return [] }
        return [.element(MarkupElement(name: name, attributes: attributes, children: clean(element.children)))]
    }

    private mutating func clean(_ attribute: MarkupAttribute, on element: String) -> MarkupAttribute? {
        let name = attribute.name
        if name.hasPrefix("on") {
            removed.append("removed \(name) attribute on <\(element)>")
            return nil
        }
        if name == "class", element == "code" { return codeLanguage(attribute.value) }
        guard SanitizerPolicy.allows(name, on: element) else { return nil }
        guard SanitizerPolicy.urlAttributes.contains(name) else { return attribute }
        switch URLPolicy.judge(attribute.value, imageSource: element == "img" && name == "src") {
        case .keep(let value):
            return MarkupAttribute(name, value)
        case .reject(let scheme):
            removed.append("removed \(scheme): \(URLKind.describe(attribute: name, on: element))")
            return nil
        }
    }

    /// Keeps a `language-x` class on `code` (libcmark writes it for fenced code), nothing else.
    private func codeLanguage(_ value: String) -> MarkupAttribute? {
        let token = value.split(separator: " ").first { $0.hasPrefix("language-") && $0.count > 9 }
        guard let token, token.utf8.allSatisfy(Self.isLanguageByte) else { return nil }
        return MarkupAttribute("class", String(token))
    }

    private static func isLanguageByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"),
             UInt8(ascii: "+"), UInt8(ascii: "#"), UInt8(ascii: "."):
            return true
        default:
            return false
        }
    }
}
