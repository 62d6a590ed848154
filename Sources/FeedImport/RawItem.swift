/// An item's fields as a reader found them, before checking: text is trimmed but not yet
/// validated, dates are not yet parsed. ``EntryAssembler`` turns it into a `FeedEntry`.
struct RawItem: Sendable {
    /// The item's 1-based position in the file, counting items that are skipped.
    var index: Int
    /// The line the item starts on, when known.
    var line: Int?
    /// The title, as HTML-ish text (tags are stripped, entities decoded).
    var title: String?
    /// The article's web address.
    var link: String?
    /// The feed's identifier for the item.
    var guid: String?
    /// The publication date as written.
    var published: String?
    /// The update date as written.
    var updated: String?
    /// The author's name.
    var author: String?
    /// Categories as written, possibly repeated.
    var tags: [String] = []
    /// A short summary, as HTML.
    var summary: String?
    /// The body, as HTML.
    var body: String?
    /// The web address of the article's lead image (an image enclosure, `media:thumbnail`,
    /// JSON Feed's `image`, a WordPress featured image), if any.
    var image: String?
    /// The article's own URL slug, decoded (WordPress's `wp:post_name`), if the source names one.
    var slug: String?
    /// Whether the item is a standalone page (a WordPress page) rather than a dated post.
    var isPage = false
    /// Whether the item is kept but not to be published (a password-protected WordPress post).
    var isDraft = false
    /// The base for relative URLs in the body and link (`xml:base`), when the feed sets one.
    var baseURL: String?
}
