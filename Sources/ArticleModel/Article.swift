/// An article ready to render: metadata resolved (a date or none, a unique slug, tags) and a
/// Markdown body, from a file in `content/` or straight from a feed.
///
/// An article without a date is *undated*, never given a made-up one: it lives under
/// `undated/` (`undated/slug`) instead of its year, and lists show it after every dated article.
/// A standalone page (``isPage``) is keyed `pages/slug` whatever its date, and is in no list.
public struct Article: Hashable, Sendable {
    /// The headline.
    public var title: String
    /// The slug, unique within the article's folder (its year, or `undated`).
    public var slug: Slug
    /// When it was published; nil when neither the feed nor the file says (an undated article).
    public var date: ArticleDate?
    /// When it was last updated, if known.
    public var updated: ArticleDate?
    /// The author's name, if known.
    public var author: String?
    /// Tags, in order, without duplicates.
    public var tags: [Tag]
    /// A summary, if any, in Markdown (`import` writes the feed's as the converter does; a
    /// plain sentence is Markdown too); outputs show its plain text (``RenderedArticle/summary``).
    public var summary: String?
    /// The original web address, if it came from a feed.
    public var source: String?
    /// A stable identifier: the feed's guid, else the source URL, else the key.
    public var id: String
    /// The body.
    public var body: Markdown
    /// Where it came from, for diagnostics: `content/2024/budget.md` or `feeds/news.xml: item 3`.
    public var origin: String
    /// The web address (`http` or `https`) of the article's lead image, if any.
    public var image: String?
    /// Whether it is a standalone page (a WordPress page, `page: true`) rather than an article
    /// of the site's lists: published at the top of the site, linked from its navigation.
    public var isPage: Bool
    /// The language the article is written in (a language tag: `de`, `ar-EG`), when it is
    /// known and is not the site's: its front matter's `language:`, else its feed's.
    public var language: String?
    /// The title of the feed it came from (`feed:` in its front matter, written by `import`);
    /// nil for an article written by hand.
    public var feed: String?

    /// Creates an article.
    public init(title: String, slug: Slug, date: ArticleDate?, updated: ArticleDate? = nil, author: String? = nil,
                tags: [Tag] = [], summary: String? = nil, source: String? = nil, id: String? = nil,
                body: Markdown, origin: String = "", image: String? = nil, isPage: Bool = false, language: String? = nil,
                feed: String? = nil) {
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
        self.image = image
        self.isPage = isPage
        self.language = language
        self.feed = feed
        self.id = id ?? source ?? ""
        if self.id.isEmpty { self.id = key }
    }

    /// The folder undated articles live in, in `content/` and in the output.
    public static let undatedFolder = "undated"

    /// The folder standalone pages live in, in `content/` (in the output they are at the top).
    public static let pagesFolder = "pages"

    /// The folder of an article dated `date` in `content/`: its year in its own offset
    /// (`2024`), or `undated` when it has no date; `pages` for a standalone page, whatever its date.
    public static func folder(for date: ArticleDate?, isPage: Bool = false) -> String {
        if isPage { return pagesFolder }
        guard let date else { return undatedFolder }
        return pad(date.local.year, 4)
    }

    /// Whether the article has no date.
    public var isUndated: Bool { date == nil }

    /// The year the article belongs to, in its own offset; nil when it is undated.
    public var year: Int? { date?.local.year }

    /// `YYYY/slug`, `undated/slug` or, for a standalone page, `pages/slug`: unique across a
    /// site, the article's place in `content/` and (but for pages) in the output.
    public var key: String { "\(Self.folder(for: date, isPage: isPage))/\(slug.value)" }

    /// Dated articles newest first, then undated ones by title; ties broken by key so the
    /// order never depends on input order.
    public static func newestFirst(_ a: Article, _ b: Article) -> Bool {
        switch (a.date, b.date) {
        case let (first?, second?): return first != second ? first > second : a.key < b.key
        case (.some, nil): return true
        case (nil, .some): return false
        case (nil, nil): return a.title != b.title ? a.title < b.title : a.key < b.key
        }
    }
}
