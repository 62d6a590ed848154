import ArticleModel

/// What the render step makes of one article's Markdown, kept by the build cache: everything of
/// a ``RenderedArticle`` that comes from the body, the summary and the lead image alone. The
/// stored pictures are not kept: they are looked up in the media store on every build, from
/// ``addresses``.
struct RenderedBody: CacheCodable, Hashable {
    /// The body as sanitised HTML (``RenderedArticle/html``).
    var html: String
    /// Words in the body (``RenderedArticle/wordCount``).
    var wordCount: Int
    /// The plain summary (``RenderedArticle/summary``).
    var summary: String
    /// What the sanitiser removed from the body's raw HTML, one entry each.
    var removed: [String]
    /// The web addresses of the body's pictures and the lead image, in order.
    var addresses: [String]

    /// The key of `article`'s rendering: its body, its Markdown summary and its lead image.
    static func key(of article: Article) -> String {
        var key = CacheKey("render")
        key.add(article.body.text)
        key.add(article.summary)
        key.add(article.image)
        return key.digest
    }

    /// Creates a rendered body.
    init(html: String, wordCount: Int, summary: String, removed: [String], addresses: [String]) {
        self.html = html
        self.wordCount = wordCount
        self.summary = summary
        self.removed = removed
        self.addresses = addresses
    }

    func write(to writer: inout CacheWriter) {
        writer.string(html)
        writer.int(wordCount)
        writer.string(summary)
        writer.strings(removed)
        writer.strings(addresses)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Damaged) {
        self.init(html: try reader.string(), wordCount: try reader.int(), summary: try reader.string(),
                  removed: try reader.strings(), addresses: try reader.strings())
    }
}
