/// The metadata at the top of an article file, between `---` lines.
///
/// ```yaml
/// ---
/// title: "Budget passes after a long night"
/// date: 2024-06-28T12:22:37+05:30
/// source: https://example.com/budget
/// id: https://example.com/?p=123
/// author: Jane Doe
/// tags: [Politics, Budget]
/// auto_tags: true
/// summary: "The vote came at 3 a.m."
/// image: "https://example.com/budget.jpg"
/// ---
/// ```
public struct FrontMatter: Hashable, Sendable {
    /// The headline (required).
    public var title: String
    /// When it was published, with its original offset (required for a dated article).
    public var date: ArticleDate?
    /// When it was last updated, if known.
    public var updated: ArticleDate?
    /// The original web address, if it came from a feed.
    public var source: String?
    /// The feed's identifier for the item (guid), used to recognise it on re-import.
    public var id: String?
    /// The author's name.
    public var author: String?
    /// Tags, in order.
    public var tags: [String]
    /// Whether Broadsheet chose the tags from the text (`auto_tags: true`), because the feed
    /// gave none.
    public var autoTags: Bool
    /// A one-paragraph plain-text summary.
    public var summary: String?
    /// A draft is read but not published.
    public var draft: Bool
    /// The slug to publish under; defaults to the file name.
    public var slug: String?
    /// The web address of the article's lead image (`image:`), if any: only `http` and
    /// `https` addresses are published.
    public var image: String?
    /// Whether this is a standalone page (`page: true`): published at the top of the site and
    /// linked from its navigation, in no list, tag, archive or feed.
    public var isPage: Bool
    /// The language the article is written in (`language: de`), when it is not the site's.
    public var language: String?
    /// The title of the feed the article was imported from (`feed: "The Harbour Gazette"`);
    /// nil for an article written by hand. The book can be divided by it (`book.sections: feed`).
    public var feed: String?

    /// Creates front matter.
    public init(title: String, date: ArticleDate? = nil, updated: ArticleDate? = nil, source: String? = nil,
                id: String? = nil, author: String? = nil, tags: [String] = [], summary: String? = nil,
                draft: Bool = false, slug: String? = nil, image: String? = nil, isPage: Bool = false, autoTags: Bool = false,
                language: String? = nil, feed: String? = nil) {
        self.title = title
        self.date = date
        self.updated = updated
        self.source = source
        self.id = id
        self.author = author
        self.tags = tags
        self.summary = summary
        self.draft = draft
        self.slug = slug
        self.image = image
        self.isPage = isPage
        self.autoTags = autoTags
        self.language = language
        self.feed = feed
    }
}
