import ArticleModel
import EbookBundle
import Foundation
import Testing

/// Articles without a date: after every month, in an "Undated" section by title, with no
/// date on their dateline; the book's dates come from the dated articles only.
@Suite("Undated articles in the book")
struct UndatedBookTests {
    /// An article with no date.
    static func undated(_ title: String) -> RenderedArticle {
        let article = Article(title: title, slug: Slug(title), date: nil, body: Markdown(""), origin: "test")
        return RenderedArticle(article: article, html: HTMLFragment("<p>Kept for reference.</p>"), wordCount: 3)
    }

    static let notes = undated("Notes on the harbour")
    static let about = undated("About the Gazette")
    static let articles = [notes, SampleArticles.quay, about, SampleArticles.ferry]

    let book: EPUBContents

    init() throws {
        book = try EPUBContents(EPUBBuilder.epub(Self.articles, config: SampleArticles.config,
                                                 stylesheet: "", modified: SampleArticles.modified))
    }

    @Test("the undated section comes after every month, its articles by title")
    func readingOrder() {
        #expect(book.spine() == [
            "cover", "title-page", "nav",
            "month-2024-06", "chapter-001",
            "month-2024-04", "chapter-002",
            "undated", "chapter-003", "chapter-004",
        ])
        #expect(book.text("OEBPS/undated.xhtml") == EPUBPageTests.page(title: "Undated", body: """
            <section class="month" epub:type="part">
            <h1>Undated</h1>
            <ul class="month-contents">
            <li><a href="chapter-003.xhtml">About the Gazette</a></li>
            <li><a href="chapter-004.xhtml">Notes on the harbour</a></li>
            </ul>
            </section>
            """))
    }

    @Test("an undated chapter has a dateline without a date")
    func chapter() {
        #expect(book.text("OEBPS/chapter-004.xhtml") == EPUBPageTests.page(title: "Notes on the harbour", body: """
            <section class="chapter" epub:type="chapter">
            <article class="article" id="article-undated-notes-on-the-harbour">
            <header class="article-header">
            <h1 class="article-title">Notes on the harbour</h1>
            <p class="byline">By Gazette Staff</p>
            <p class="dateline">1 min read</p>
            </header>
            <div class="article-body">
            <p>Kept for reference.</p>
            </div>
            <nav class="article-nav" aria-label="Before and after: Notes on the harbour">
            <p class="article-nav-previous"><a rel="prev" href="chapter-003.xhtml"><span aria-hidden="true">← </span>Previous: About the Gazette</a></p>
            </nav>
            </article>
            </section>
            """))
    }

    @Test("the date range and dc:date come from the dated articles")
    func dates() {
        #expect(book.text("OEBPS/cover.xhtml").contains("<p class=\"cover-dates\">11 April 2024 – 28 June 2024</p>"))
        let opf = book.text("OEBPS/content.opf")
        #expect(opf.contains("<dc:date>2024-06-28</dc:date>"))
        #expect(opf.contains("<meta property=\"dcterms:modified\">2024-06-30T18:05:09Z</meta>"))
    }

    @Test("a book of undated articles only has no date range and takes dc:date from the modified date")
    func onlyUndated() throws {
        let book = try EPUBContents(EPUBBuilder.epub([Self.notes], config: SampleArticles.config,
                                                     stylesheet: "", modified: SampleArticles.modified))
        #expect(!book.text("OEBPS/cover.xhtml").contains("cover-dates"))
        #expect(!book.text("OEBPS/title-page.xhtml").contains("title-dates"))
        #expect(book.text("OEBPS/content.opf").contains("<dc:date>2024-06-30</dc:date>"))
        #expect(book.spine() == ["cover", "title-page", "nav", "undated", "chapter-001"])
    }

    @Test("the digest lists the undated section last, without dates")
    func digest() {
        let page = DigestBuilder.html(Self.articles, config: SampleArticles.config, stylesheet: "")
        #expect(page.contains("""
            <li><a href="#undated">Undated</a>
            <ol>
            <li><a href="#article-undated-about-the-gazette">About the Gazette</a></li>
            <li><a href="#article-undated-notes-on-the-harbour">Notes on the harbour</a></li>
            </ol>
            </li>
            </ol>
            </nav>
            """))
        let section = page.components(separatedBy: "<section class=\"digest-month\" id=\"undated\">").last ?? ""
        #expect(section.hasPrefix("\n<h2>Undated</h2>\n<article class=\"article\" id=\"article-undated-about-the-gazette\">"))
        #expect(!section.contains("<time"))
        #expect(page.contains("<p class=\"digest-dates\">11 April 2024 – 28 June 2024</p>"))
    }
}
