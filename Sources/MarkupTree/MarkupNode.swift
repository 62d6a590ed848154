/// A node of a parsed HTML or XML document, as plain Swift values (no C pointers escape).
public enum MarkupNode: Hashable, Sendable {
    /// An element with its attributes and children.
    case element(MarkupElement)
    /// Text, with entities and CDATA already decoded.
    case text(String)
    /// A comment's text.
    case comment(String)

    /// The element, when this node is one.
    public var element: MarkupElement? {
        if case .element(let e) = self { return e }
        return nil
    }

    /// All the text inside, in document order, comments left out.
    public var textContent: String {
        switch self {
        case .text(let s): return s
        case .comment: return ""
        case .element(let e): return e.textContent
        }
    }
}
