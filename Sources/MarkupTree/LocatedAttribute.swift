/// An attribute of an HTML document with the element that carries it and the line that
/// element starts on: what a link checker needs to point at the place in the file.
public struct LocatedAttribute: Hashable, Sendable {
    /// The element's name, lowercase: `a`, `img`, `link`.
    public var element: String
    /// The attribute's name, lowercase: `href`, `src`, `id`.
    public var name: String
    /// The decoded value.
    public var value: String
    /// The 1-based line the element starts on (libxml2 counts up to 65,535; later lines read as 65,535).
    public var line: Int

    /// Creates a located attribute.
    public init(element: String, name: String, value: String, line: Int) {
        self.element = element
        self.name = name
        self.value = value
        self.line = line
    }
}
