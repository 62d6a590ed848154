/// A tag as shown (`North Korea`) with its slug for URLs (`north-korea`).
/// Two tags are the same tag when their slugs are equal.
public struct Tag: Hashable, Comparable, Sendable {
    /// The name as first written.
    public var name: String
    /// The slug used in URLs and file names.
    public var slug: Slug

    /// Creates a tag from its name.
    public init(_ name: String) {
        self.name = name.trimmingWhitespace
        self.slug = Slug(self.name, fallback: "tag")
    }

    /// Tags compare by slug only.
    public static func == (a: Tag, b: Tag) -> Bool { a.slug == b.slug }
    /// Hashes the slug only.
    public func hash(into hasher: inout Hasher) { hasher.combine(slug) }
    /// Orders tags by slug.
    public static func < (a: Tag, b: Tag) -> Bool { a.slug < b.slug }
}
