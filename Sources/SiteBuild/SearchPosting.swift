/// One article a term occurs in: which one, how often in its body, and whether in its title.
struct SearchPosting: Hashable, Sendable {
    /// The article's number in ``SearchIndex/documents``.
    var document: Int
    /// How many times the term occurs in the body.
    var count: Int
    /// Whether the term occurs in the title.
    var inTitle: Bool

    /// The number the index stores: `count × 2`, plus 1 for a title match.
    var weight: Int { min(count, Self.maximumCount) * 2 + (inTitle ? 1 : 0) }

    /// Counts above this are stored as this (BM25 hardly tells them apart).
    static let maximumCount = 1_000
}
