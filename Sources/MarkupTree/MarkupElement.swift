/// An element of a parsed document.
public struct MarkupElement: Hashable, Sendable {
    /// The local name; lowercase for HTML (`p`), as written for XML (`encoded` for `content:encoded`).
    public var name: String
    /// The XML namespace URI, if any (always nil for HTML).
    public var namespace: String?
    /// Attributes in document order.
    public var attributes: [MarkupAttribute]
    /// Child nodes in document order.
    public var children: [MarkupNode]

    /// Creates an element.
    public init(name: String, namespace: String? = nil, attributes: [MarkupAttribute] = [], children: [MarkupNode] = []) {
        self.name = name
        self.namespace = namespace
        self.attributes = attributes
        self.children = children
    }

    /// The value of the attribute `name`, if present.
    public func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    /// The child elements, in order.
    public var childElements: [MarkupElement] { children.compactMap(\.element) }

    /// The first child element called `name` (and in `namespace`, when given).
    public func child(_ name: String, namespace: String? = nil) -> MarkupElement? {
        childElements.first { $0.name == name && (namespace == nil || $0.namespace == namespace) }
    }

    /// Every child element called `name` (and in `namespace`, when given).
    public func children(_ name: String, namespace: String? = nil) -> [MarkupElement] {
        childElements.filter { $0.name == name && (namespace == nil || $0.namespace == namespace) }
    }

    /// All the text inside, in document order, comments left out.
    public var textContent: String {
        var out = ""
        appendText(to: &out)
        return out
    }

    private func appendText(to out: inout String) {
        for child in children {
            switch child {
            case .text(let s): out += s
            case .comment: break
            case .element(let e): e.appendText(to: &out)
            }
        }
    }

    /// The class names in the `class` attribute.
    public var classNames: [String] {
        (attribute("class") ?? "").split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map(String.init)
    }
}
