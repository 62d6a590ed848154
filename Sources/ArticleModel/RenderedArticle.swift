/// An article with its body rendered to sanitised HTML.
public struct RenderedArticle: Hashable, Sendable {
    /// The article.
    public var article: Article
    /// The body as sanitised HTML, well-formed as XHTML too.
    public var html: HTMLFragment
    /// Words in the body text.
    public var wordCount: Int

    /// Creates a rendered article.
    public init(article: Article, html: HTMLFragment, wordCount: Int) {
        self.article = article
        self.html = html
        self.wordCount = wordCount
    }

    /// Minutes to read at 220 words a minute, at least 1.
    public var readingMinutes: Int { max(1, (wordCount + 110) / 220) }
}
