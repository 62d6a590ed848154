/// A JSON Feed 1.1 document (https://jsonfeed.org/version/1.1), as `feed.json` carries it.
/// Optional fields left nil are left out of the file.
struct JSONFeed: Encodable {
    /// One article.
    struct Item: Encodable {
        /// The entry's id, the same as the Atom entry's.
        var id: String
        /// The article's address: absolute with a base URL, else relative to the feed.
        var url: String
        var title: String
        /// The whole body, as HTML.
        var contentHTML: String
        /// The summary, as plain text.
        var summary: String?
        /// The lead image's absolute address.
        var image: String?
        /// RFC 3339, in the article's own offset.
        var datePublished: String?
        /// RFC 3339; only when the article was updated after it was published.
        var dateModified: String?
        var authors: [Author]?
        var tags: [String]?

        enum CodingKeys: String, CodingKey {
            case id, url, title, summary, image, authors, tags
            case contentHTML = "content_html", datePublished = "date_published", dateModified = "date_modified"
        }
    }

    /// An author, by name.
    struct Author: Encodable {
        var name: String
    }

    var version = "https://jsonfeed.org/version/1.1"
    var title: String
    /// The page the feed stands for; only with a base URL (JSON Feed wants absolute addresses).
    var homePageURL: String?
    /// The feed's own address; only with a base URL.
    var feedURL: String?
    var description: String?
    var language: String
    var authors: [Author]
    var items: [Item]

    enum CodingKeys: String, CodingKey {
        case version, title, description, language, authors, items
        case homePageURL = "home_page_url", feedURL = "feed_url"
    }
}
