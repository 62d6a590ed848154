import ArticleModel
import EbookBundle
import Foundation
import Testing

@Suite("EPUB determinism")
struct EPUBDeterminismTests {
    func build(_ articles: [RenderedArticle] = SampleArticles.all, modified: ArticleDate = SampleArticles.modified,
               config: SiteConfig = SampleArticles.config) throws -> Data {
        try EPUBBuilder.epub(articles, config: config, stylesheet: SampleArticles.stylesheet, modified: modified)
    }

    @Test("two builds of the same input are byte-identical")
    func repeatable() throws {
        #expect(try build() == build())
    }

    @Test("input order does not matter")
    func orderIndependent() throws {
        #expect(try build(SampleArticles.all.reversed()) == build())
    }

    @Test("only the package document depends on the modification date, never the clock")
    func modifiedOnlyInPackage() throws {
        let later = ArticleDate(year: 2031, month: 1, day: 2, hour: 3, minute: 4, second: 5, offsetSeconds: -18_000)!
        let a = try EPUBContents(build())
        let b = try EPUBContents(build(modified: later))
        #expect(a.paths == b.paths)
        let changed = a.paths.filter { a.files[$0] != b.files[$0] }
        #expect(changed == ["OEBPS/content.opf"])
        #expect(b.text("OEBPS/content.opf").contains("2031-01-02T08:04:05Z"))
    }

    @Test("the derived identifier is stable and depends on title and base URL")
    func identifier() throws {
        func identifier(_ config: SiteConfig) throws -> String {
            let opf = try EPUBContents(build(config: config)).text("OEBPS/content.opf")
            let start = try #require(opf.range(of: "<dc:identifier id=\"book-id\">"))
            let end = try #require(opf.range(of: "</dc:identifier>"))
            return String(opf[start.upperBound..<end.lowerBound])
        }
        let first = try identifier(SampleArticles.config)
        #expect(first.hasPrefix("urn:uuid:") && first.count == 45)
        #expect(try identifier(SampleArticles.config) == first)
        var other = SampleArticles.config
        other.baseURL = "https://elsewhere.example/"
        #expect(try identifier(other) != first)
        other.book.identifier = "isbn:9780000000000"
        #expect(try identifier(other) == "isbn:9780000000000")
    }

    @Test("the limit keeps the newest articles, and the book settings win over the site's")
    func limitAndSettings() throws {
        var config = SampleArticles.config
        config.book = BookOptions(title: "Weekly Tides", author: "The Harbour Desk", limit: 2)
        let book = try EPUBContents(build(config: config))
        let chapters = book.paths.filter { $0.contains("chapter-") }
        #expect(chapters == ["OEBPS/chapter-001.xhtml", "OEBPS/chapter-002.xhtml"])
        #expect(book.text("OEBPS/chapter-002.xhtml").contains("Tide tables for the week"))
        let opf = book.text("OEBPS/content.opf")
        #expect(opf.contains("<dc:title>Weekly Tides</dc:title>"))
        #expect(opf.contains("<dc:creator>The Harbour Desk</dc:creator>"))
    }

    @Test("every entry has the same fixed date and permissions, and a fixed order")
    func entryAttributes() throws {
        let data = try build()
        let book = try EPUBContents(data)
        #expect(Array(book.paths.prefix(3)) == ["mimetype", "META-INF/container.xml", "OEBPS/content.opf"])
        #expect(book.paths.last == "OEBPS/style.css")
        for entry in book.entries {
            #expect(entry.modificationDate == book.entries.first?.modificationDate, "\(entry.path)")
            #expect(entry.permissions == 0o644, "\(entry.path)")
        }
    }
}

@Suite struct BookBundleTests {
    @Test func bundleGivesTheSameBytesAsTheSeparateBuilders() throws {
        let articles = [
            RenderedArticle(article: Article(title: "One & <two>", slug: Slug("one"), date: ArticleDate(iso8601: "2024-06-28T12:00:00+02:00")!,
                                             body: Markdown("x")), html: HTMLFragment("<p>Body <img src=\"https://x.example/a.png\" alt=\"A\"></p>"), wordCount: 2),
            RenderedArticle(article: Article(title: "Three", slug: Slug("three"), date: ArticleDate(iso8601: "2024-05-01T08:00:00Z")!,
                                             body: Markdown("y")), html: HTMLFragment("<p>More</p>"), wordCount: 1),
        ]
        let config = SiteConfig(title: "Bundle")
        let modified = ArticleDate(iso8601: "2024-06-28T12:00:00Z")!
        let (epub, digest) = try BookBundle.make(articles, config: config, epubStylesheet: "a{}", digestStylesheet: "b{}", modified: modified)
        #expect(epub == (try EPUBBuilder.epub(articles, config: config, stylesheet: "a{}", modified: modified)))
        #expect(digest == DigestBuilder.html(articles, config: config, stylesheet: "b{}"))
    }
}
