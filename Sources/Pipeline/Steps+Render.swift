import ArticleModel
import HTMLSanitizer
import MarkdownRender
import MarkupTree

/// The step that renders article bodies: libcmark, then the sanitiser again (raw HTML in
/// a Markdown file is as untrusted as a feed).
enum RenderSteps {
    /// Renders every article (in parallel): libcmark, the sanitiser, then headings moved so the
    /// body's highest is `h2`; and the plain summary lists, feeds and descriptions show
    /// (``SummaryText``). What the sanitiser removes is reported: feed bodies were cleaned
    /// on import, so this only ever speaks of raw HTML in `content/` files.
    ///
    /// Each article's pictures found in `library` (``MediaSteps``) are listed on it, so the
    /// site, the book and the digest can use the stored files; `unstored` holds the addresses of
    /// the pictures that are not in it (they stay remote). A picture paragraph with the
    /// italic caption paragraph after it becomes one `figure` (``CaptionedFigures``) before
    /// anything else reads the body. Each finished article advances `progress`.
    static func render(_ articles: [Article], library: MediaLibrary = .empty, progress: ProgressHandler? = nil,
                       log: inout [Diagnostic]) -> (articles: [RenderedArticle], unstored: Set<String>) {
        let counter = ProgressCounter("rendering articles", total: articles.count, handler: progress)
        let results = Parallel.map(articles) { article in
            defer { counter.advance() }
            let html = MarkdownRenderer.html(from: article.body)
            let (clean, removed) = Sanitizer.clean(MarkupParser.html(html.html))
            let body = CaptionedFigures.made(in: clean)
            let addresses = MediaSteps.imageAddresses(in: body, leadImage: article.image)
            let stored = MediaSteps.stored(addresses, in: library)
            let rendered = RenderedArticle(article: article, html: HTMLFragment(MarkupSerializer.innerHTML(HeadingOutline.normalized(body))),
                                           wordCount: wordCount(article.body.text), images: stored,
                                           summary: SummaryText.of(article, body: body))
            let diagnostics = removed.map {
                Diagnostic(.warning, file: article.origin, "\($0) from the article's raw HTML",
                           hint: "Broadsheet publishes no scripts, frames, forms or event handlers")
            }
            return (rendered, diagnostics, addresses.filter { stored[$0] == nil })
        }
        for (_, diagnostics, _) in results { log += diagnostics }
        return (results.map(\.0), Set(results.flatMap(\.2)))
    }

    /// Words in Markdown text: runs of letters or digits.
    static func wordCount(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            let v = scalar.value
            let isWordScalar = v < 0x80
                ? (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39)
                : scalar.properties.isAlphabetic
            if isWordScalar && !inWord { count += 1 }
            inWord = isWordScalar
        }
        return count
    }
}
