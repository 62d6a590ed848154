import Foundation

/// A tag as shown (`North Korea`) with its slug for URLs (`north-korea`).
/// Two tags are the same tag when their slugs are equal.
public struct Tag: Hashable, Comparable, Sendable {
    /// The name as first written.
    public var name: String
    /// The slug used in URLs and file names.
    public var slug: Slug

    /// Creates a tag from its name. `+` and `#` are spelled out so `C`, `C++` and `C#` stay
    /// three tags; a name with no letters or digits (emoji) gets a slug from its hash.
    public init(_ name: String) {
        self.name = name.trimmingWhitespace
        let spelled = self.name.replacingOccurrences(of: "+", with: " plus ").replacingOccurrences(of: "#", with: " sharp ")
        self.slug = Slug(spelled, fallback: "tag-" + ContentHash.of(self.name).prefix(8))
    }

    /// Tags compare by slug only.
    public static func == (a: Tag, b: Tag) -> Bool { a.slug == b.slug }
    /// Hashes the slug only.
    public func hash(into hasher: inout Hasher) { hasher.combine(slug) }
    /// Orders tags by slug.
    public static func < (a: Tag, b: Tag) -> Bool { a.slug < b.slug }
}
