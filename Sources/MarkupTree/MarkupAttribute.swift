/// One attribute of an element: a name (lowercase for HTML) and its decoded value.
public struct MarkupAttribute: Hashable, Sendable {
    /// The attribute's local name; HTML names are lowercase.
    public var name: String
    /// The decoded value.
    public var value: String

    /// Creates an attribute.
    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}
