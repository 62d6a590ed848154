/// An article ready to render: metadata resolved (a date, a unique slug, tags) and a
/// Markdown body, from a file in `content/` or straight from a feed.
public struct Article: Hashable, Sendable {
    /// The headline.
    public var title: String
    /// The slug, unique within the article's year.
    public var slug: Slug
    /// When it was published.
    public var date: ArticleDate
    /// When it was last updated, if known.
    public var updated: ArticleDate?
    /// The author's name, if known.
    public var author: String?
    /// Tags, in order, without duplicates.
    public var tags: [Tag]
    /// A plain-text summary, if any.
    public var summary: String?
    /// The original web address, if it came from a feed.
    public var source: String?
    /// A stable identifier: the feed's guid, else the source URL, else the key.
    public var id: String
    /// The body.
    public var body: Markdown
    /// Where it came from, for diagnostics: `content/2024/budget.md` or `feeds/news.xml: item 3`.
    public var origin: String

    /// Creates an article.
    public init(title: String, slug: Slug, date: ArticleDate, updated: ArticleDate? = nil, author: String? = nil,
                tags: [Tag] = [], summary: String? = nil, source: String? = nil, id: String? = nil,
                body: Markdown, origin: String = "") {
        self.title = title
        self.slug = slug
        self.date = date
        self.updated = updated
        self.author = author
        self.tags = tags
        self.summary = summary
        self.source = source
        self.body = body
        self.origin = origin
        self.id = id ?? source ?? ""
        if self.id.isEmpty { self.id = key }
    }

    /// The year the article belongs to, in its own offset.
    public var year: Int { date.local.year }

    /// `YYYY/slug`: unique across a site, the article's place in `content/` and in the output.
    public var key: String { "\(pad(year, 4))/\(slug.value)" }

    /// Newest first; ties broken by key so the order never depends on input order.
    public static func newestFirst(_ a: Article, _ b: Article) -> Bool {
        a.date != b.date ? a.date > b.date : a.key < b.key
    }
}
