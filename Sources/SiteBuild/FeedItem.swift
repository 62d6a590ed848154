import ArticleModel

/// One article as every feed format carries it, worked out once for a feed: addresses for
/// the feed's place, the body with its relative links rebased.
struct FeedItem: Sendable {
    /// The entry's id: the article's own when it is a URI (a feed's guid, the source address),
    /// else its absolute address with a base URL, else `urn:broadsheet:article:YYYY:slug`.
    var id: String
    /// The headline, without characters XML forbids.
    var title: String
    /// The article's address: absolute with a base URL, else relative to the feed.
    var url: String
    /// Whether ``id`` is the article's address on this site (RSS `isPermaLink`).
    var idIsURL: Bool
    /// When it was published.
    var published: ArticleDate
    /// When it was updated, only when that is after its publication.
    var updated: ArticleDate?
    /// The author's name, if any.
    var author: String?
    /// Its tags.
    var tags: [Tag]
    /// Its summary, plain text.
    var summary: String
    /// Its body as HTML, relative links made absolute (with a base URL) or relative to the feed.
    var content: String
    /// ``content`` escaped once for XML, to go inside an element as text.
    var escapedContent: String
    /// The lead image's absolute address, if any.
    var image: String?
}
