import ArticleModel
import EbookBundle
import Foundation
import Testing

/// Standalone pages (About, Contact) belong to the website: the book and the digest leave
/// them out, dated or not, and the book reads exactly as it would without them.
@Suite("Standalone pages in the book")
struct StandalonePageBookTests {
    /// A standalone page, dated like the newest article so that it would sort among them.
    static let about: RenderedArticle = {
        let article = Article(title: "About the Gazette", slug: Slug("about"), date: SampleArticles.date(6, 29),
                              body: Markdown(""), origin: "test", image: "https://gazette.example/office.jpg", isPage: true)
        return RenderedArticle(article: article, html: HTMLFragment("<p>Who we are.</p>"), wordCount: 3)
    }()

    @Test("the book and the digest are the same with and without pages")
    func pagesAreLeftOut() throws {
        let articles = [SampleArticles.quay, SampleArticles.ferry]
        let config = SampleArticles.config
        let (with, withDigest) = try BookBundle.make(articles + [Self.about], config: config, epubStylesheet: "",
                                                     digestStylesheet: "", modified: SampleArticles.modified)
        let (without, withoutDigest) = try BookBundle.make(articles, config: config, epubStylesheet: "",
                                                           digestStylesheet: "", modified: SampleArticles.modified)
        #expect(with == without)
        #expect(withDigest == withoutDigest)
        #expect(!withDigest.contains("About the Gazette") && !withDigest.contains("office.jpg"))
    }
}
