/// An article with its body rendered to sanitised HTML.
public struct RenderedArticle: Hashable, Sendable {
    /// The article.
    public var article: Article
    /// The body as sanitised HTML, well-formed as XHTML too.
    public var html: HTMLFragment
    /// Words in the body text.
    public var wordCount: Int
    /// The pictures of the body (and the lead image) that are in the media store, by the exact
    /// `src` value `html` gives them (its character references decoded). `html` keeps the
    /// remote address; each output puts its own reference to the stored file in its place.
    public var images: [String: MediaFile]
    /// What lists, feeds and the page's description show of it, as plain text: the summary
    /// rendered from its Markdown, else the start of the body's text (no captions or datelines).
    public var summary: String

    /// Creates a rendered article.
    public init(article: Article, html: HTMLFragment, wordCount: Int, images: [String: MediaFile] = [:], summary: String = "") {
        self.article = article
        self.html = html
        self.wordCount = wordCount
        self.images = images
        self.summary = summary
    }

    /// Minutes to read at 220 words a minute, at least 1.
    public var readingMinutes: Int { max(1, (wordCount + 110) / 220) }
}
