/// One article as an importer found it, before conversion: metadata plus the body as HTML.
public struct FeedEntry: Hashable, Sendable {
    /// The headline, as plain text.
    public var title: String
    /// The article's web address (`<link>`), if any.
    public var link: String?
    /// The feed's stable identifier for the item (`<guid>`, Atom `<id>`), if any.
    public var guid: String?
    /// When it was first published, with its original offset.
    public var published: ArticleDate?
    /// When it was last changed, if the feed says.
    public var updated: ArticleDate?
    /// The author's name, if any.
    public var author: String?
    /// Categories or tags, in feed order, without duplicates.
    public var tags: [String]
    /// A short summary as HTML (`<description>` when a full body exists as well), if any.
    public var summary: HTMLFragment?
    /// The full body as HTML.
    public var body: HTMLFragment
    /// Where the item sits in its file, for diagnostics: `item 3 "Title"`.
    public var location: String
    /// The web address of the article's lead image, as the feed gives it (an image enclosure,
    /// `media:thumbnail`, `itunes:image`, JSON Feed's `image`, a WordPress featured image), if any.
    public var image: String?
    /// The slug the source gives the article (WordPress's `wp:post_name`, percent-decoded:
    /// `北朝鮮`), if any; nil lets the site derive one from the title.
    public var slug: String?
    /// Whether the article is a standalone page (a WordPress page) rather than a dated post.
    /// A page becomes `page: true` in its front matter and a standalone page on the site.
    public var isPage: Bool
    /// Whether the entry is kept but not published (imported with `draft: true`): a
    /// password-protected WordPress post.
    public var isDraft: Bool = false
    /// The base URL relative links and images in the body are resolved against, when the feed
    /// sets one (`xml:base`); else the article's link is.
    public var baseURL: String?

    /// Creates an entry.
    public init(title: String, link: String? = nil, guid: String? = nil, published: ArticleDate? = nil,
                updated: ArticleDate? = nil, author: String? = nil, tags: [String] = [],
                summary: HTMLFragment? = nil, body: HTMLFragment, location: String = "",
                image: String? = nil, slug: String? = nil, isPage: Bool = false, baseURL: String? = nil) {
        self.title = title
        self.link = link
        self.guid = guid
        self.published = published
        self.updated = updated
        self.author = author
        self.tags = tags
        self.summary = summary
        self.body = body
        self.location = location
        self.image = image
        self.slug = slug
        self.isPage = isPage
        self.baseURL = baseURL
    }
}
