/// A site's settings, from `site.yml` (see the README for every field) or from a feed's channel.
public struct SiteConfig: Hashable, Sendable {
    /// The site's name, shown on every page.
    public var title: String
    /// One line about the site.
    public var description: String
    /// The language code for `lang` attributes and the book, such as `en` or `en-US`.
    public var language: String
    /// The public address, such as `https://example.com/news/`. Used only where absolute
    /// addresses are required (feed, sitemap); pages link relatively. Empty when unknown.
    public var baseURL: String
    /// The default author for articles that name none.
    public var author: String?
    /// Articles per page on the index, tag and archive pages.
    public var pageSize: Int
    /// Input feeds and exports, relative to the site folder.
    public var sources: [String]
    /// Settings for `book.epub` and `digest.html`.
    public var book: BookOptions
    /// Extra cleaning rules, added to the built-in ones.
    public var cleaning: CleaningRules
    /// Whether feed articles without tags get tags chosen from their text (`auto_tags`).
    public var autoTags: Bool
    /// Settings for `broadsheet fetch` (`fetch:`).
    public var fetch: FetchOptions
    /// Settings for the Atom, RSS and JSON feeds (`feeds:`).
    public var feeds: FeedOptions
    /// The schema.org type of article pages in their structured data (`article_type`).
    public var articleSchema: ArticleSchema

    /// Creates settings; every field has a default.
    public init(title: String = "Broadsheet", description: String = "", language: String = "en",
                baseURL: String = "", author: String? = nil, pageSize: Int = 10, sources: [String] = [],
                book: BookOptions = BookOptions(), cleaning: CleaningRules = CleaningRules(), autoTags: Bool = true,
                fetch: FetchOptions = FetchOptions(), feeds: FeedOptions = FeedOptions(), articleSchema: ArticleSchema = .news) {
        self.title = title
        self.description = description
        self.language = language
        self.baseURL = baseURL
        self.author = author
        self.pageSize = max(1, pageSize)
        self.sources = sources
        self.book = book
        self.cleaning = cleaning
        self.autoTags = autoTags
        self.fetch = fetch
        self.feeds = feeds
        self.articleSchema = articleSchema
    }
}
