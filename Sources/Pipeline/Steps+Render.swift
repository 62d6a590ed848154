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
            let isWordScalar = scalar.properties.isAlphabetic || (scalar.value >= 0x30 && scalar.value <= 0x39)
            if isWordScalar && !inWord { count += 1 }
            inWord = isWordScalar
        }
        return count
    }
}
