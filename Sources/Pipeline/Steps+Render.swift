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
        var memo = StepMemo<RenderedBody>()
        return render(articles, library: library, memo: &memo, progress: progress, log: &log)
    }

    /// The same, rendering only the articles whose body, summary and lead image `memo` does
    /// not know from the last build (``RenderedBody/key(of:)``); `memo` then holds every
    /// article's rendering and how many were reused.
    static func render(_ articles: [Article], library: MediaLibrary, memo: inout StepMemo<RenderedBody>, progress: ProgressHandler? = nil,
                       log: inout [Diagnostic]) -> (articles: [RenderedArticle], unstored: Set<String>) {
        let counter = ProgressCounter("rendering articles", total: articles.count, handler: progress)
        let known = memo.known
        let results = Parallel.map(articles) { article in
            defer { counter.advance() }
            let key = RenderedBody.key(of: article)
            if let body = known[key] { return (key, body, true) }
            return (key, renderedBody(of: article), false)
        }
        var rendered: [RenderedArticle] = []
        var unstored = Set<String>()
        for (article, (key, body, reused)) in zip(articles, results) {
            memo.record(key, body, reused: reused)
            log += body.removed.map {
                Diagnostic(.warning, file: article.origin, "\($0) from the article's raw HTML",
                           hint: "Broadsheet publishes no scripts, frames, forms or event handlers")
            }
            let stored = MediaSteps.stored(body.addresses, in: library)
            rendered.append(RenderedArticle(article: article, html: HTMLFragment(body.html), wordCount: body.wordCount, images: stored,
                                            summary: body.summary))
            unstored.formUnion(body.addresses.filter { stored[$0] == nil })
        }
        return (rendered, unstored)
    }

    /// One article's body rendered: libcmark, the sanitiser, figures, headings from `h2`, its
    /// words, its plain summary and its pictures' addresses.
    static func renderedBody(of article: Article) -> RenderedBody {
        let html = MarkdownRenderer.html(from: article.body)
        let (clean, removed) = Sanitizer.clean(MarkupParser.html(html.html))
        let body = CaptionedFigures.made(in: clean)
        return RenderedBody(html: MarkupSerializer.innerHTML(HeadingOutline.normalized(body)), wordCount: wordCount(article.body.text),
                            summary: SummaryText.of(article, body: body), removed: removed,
                            addresses: MediaSteps.imageAddresses(in: body, leadImage: article.image))
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
