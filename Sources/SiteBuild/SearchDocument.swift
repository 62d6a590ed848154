/// One article as the search index holds it: what a result shows, and the length BM25 needs.
struct SearchDocument: Hashable, Sendable {
    /// The headline, as plain text.
    var title: String
    /// The page's path from the site's root: `2024/budget-vote/index.html`.
    var path: String
    /// The date for readers (`28 June 2024`), empty for an undated article or a standalone page.
    var date: String
    /// The start of the body's text, cut at a word, for the result's snippet.
    var excerpt: String
    /// How many terms the body has.
    var length: Int
}
