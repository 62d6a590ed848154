import ArticleModel
import HTMLSanitizer
import MarkdownRender

/// The step that renders article bodies: libcmark, then the sanitiser again (raw HTML in
/// a Markdown file is as untrusted as a feed).
enum RenderSteps {
    /// Renders every article (in parallel).
    static func render(_ articles: [Article]) -> [RenderedArticle] {
        Parallel.map(articles) { article in
            let html = MarkdownRenderer.html(from: article.body)
            let clean = Sanitizer.clean(html: html.html)
            return RenderedArticle(article: article, html: HTMLFragment(clean), wordCount: wordCount(article.body.text))
        }
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
