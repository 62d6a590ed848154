import ArticleModel

/// The metadata of one web page's article, each field from the most reliable source that has
/// it: JSON-LD first, then Open Graph and `article:*` meta, then plain `<meta>`, `<time>`,
/// `<link rel=canonical>` and `<html lang>`.
public struct PageMetadata: Hashable, Sendable {
    /// The headline, without the site's name around it.
    public var title: String?
    /// The authors' names, in page order, without duplicates.
    public var authors: [String]
    /// When the article was first published, with the offset it was written in.
    public var published: ArticleDate?
    /// When it was last changed, if the page says.
    public var updated: ArticleDate?
    /// A short description (`og:description`, `<meta name=description>`), as plain text.
    public var description: String?
    /// The article's own address (`<link rel=canonical>`, else `og:url`).
    public var canonicalLink: String?
    /// The lead image's address (`og:image`, else JSON-LD `image`).
    public var image: String?
    /// Tags (`article:tag`, JSON-LD `keywords` and `articleSection`, `<meta name=keywords>`).
    public var tags: [String]
    /// The page's language code (`<html lang>`, else `og:locale`, else JSON-LD `inLanguage`).
    public var language: String?
    /// The site's name (`og:site_name`, else the JSON-LD publisher's name).
    public var siteName: String?

    /// Creates metadata.
    public init(title: String? = nil, authors: [String] = [], published: ArticleDate? = nil, updated: ArticleDate? = nil,
                description: String? = nil, canonicalLink: String? = nil, image: String? = nil, tags: [String] = [],
                language: String? = nil, siteName: String? = nil) {
        self.title = title
        self.authors = authors
        self.published = published
        self.updated = updated
        self.description = description
        self.canonicalLink = canonicalLink
        self.image = image
        self.tags = tags
        self.language = language
        self.siteName = siteName
    }

    /// The byline: the authors' names joined with commas and a final "and".
    public var byline: String? {
        switch authors.count {
        case 0: return nil
        case 1: return authors[0]
        default: return authors.dropLast().joined(separator: ", ") + " and " + authors[authors.count - 1]
        }
    }
}
