import ArticleModel
@testable import EbookBundle
import Foundation
import MarkupTree
import Testing

/// Stored pictures in the EPUB: packaged under `images/` with their media types, shown in the
/// chapters with their size, figures kept; a raster cover beside the text one; pictures the
/// book does not hold shown as text, as before.
@Suite("Book pictures")
struct BookPictureTests {
    let book: EPUBContents

    init() throws {
        book = try EPUBContents(EPUBBuilder.epub(PictureFixtures.articles, config: SampleArticles.config,
                                                 stylesheet: SampleArticles.stylesheet, modified: SampleArticles.modified,
                                                 media: try PictureFixtures.media()))
    }

    @Test("the manifest lists the cover image, then each picture once, in order of first use, with its media type")
    func manifest() throws {
        let pictures = book.manifest().filter { $0.mediaType.hasPrefix("image/") }
        #expect(pictures.map { "\($0.id) \($0.href) \($0.mediaType)" } == [
            "cover-image cover.jpg image/jpeg",
            "image-ffeedd.jpg images/ffeedd.jpg image/jpeg",
            "image-a1b2c3.jpg images/a1b2c3.jpg image/jpeg",
            "image-d4e5f6.png images/d4e5f6.png image/png",
            "image-0a0b0c.gif images/0a0b0c.gif image/gif",
        ])
        let items = try #require(book.package()?.child("manifest")?.children("item"))
        #expect(items.filter { $0.attribute("properties") == "cover-image" }.map { $0.attribute("id") } == ["cover-image"])
        #expect(book.text("OEBPS/content.opf").contains("<meta name=\"cover\" content=\"cover-image\" />\n"))
        #expect(book.files["OEBPS/images/a1b2c3.jpg"] == (try PictureFixtures.data("jpeg-baseline.jpg")))
        #expect(book.files["OEBPS/images/0a0b0c.gif"] == (try PictureFixtures.data("gif-89a.gif")))
        #expect(book.files["OEBPS/cover.jpg"] == (try PictureFixtures.data("jpeg-progressive.jpg")))
    }

    @Test("a chapter shows its stored lead image first, its stored pictures with their size, in their figure and link; others stay text")
    func chapter() {
        let harbour = book.text("OEBPS/chapter-001.xhtml")
        #expect(harbour.contains("""
            <div class="article-body">
            <p class="lead-image"><img src="images/ffeedd.jpg" alt="Harbour at dawn" width="40" height="30" /></p>
            """))
        #expect(harbour.contains("""
            <figure><img src="images/a1b2c3.jpg" alt="Boats at the quay" width="64" height="48" />\
            <figcaption>Boats &amp; nets.</figcaption></figure>
            """))
        #expect(harbour.contains("""
            <a href="https://cdn.example/chart-page"><img src="images/d4e5f6.png" alt="Tide chart" width="40" height="40" /></a>
            """))
        #expect(harbour.contains("""
            <span class="media-placeholder">[Image: Not fetched] (<a href="https://elsewhere.example/remote.jpg">view image</a>)</span>
            """))
        let gulls = book.text("OEBPS/chapter-002.xhtml")
        #expect(!gulls.contains("lead-image"), "its lead image is in the body already")
        #expect(gulls.contains("""
            <p><img src="images/a1b2c3.jpg" alt="" width="64" height="48" /> <img src="images/0a0b0c.gif" alt="A gull" width="33" height="17" /></p>
            """))
    }

    @Test("the cover page shows the cover image and keeps the title as text")
    func coverPage() {
        let cover = book.text("OEBPS/cover.xhtml")
        #expect(cover.contains("""
            <section class="cover cover-with-image" epub:type="cover">
            <div class="cover-image"><img src="cover.jpg" alt="The Harbour Gazette, 2 May 2024 – 20 June 2024" width="80" height="60" /></div>
            <h1 class="cover-title">The Harbour Gazette</h1>
            """))
    }

    @Test("a picture the book does not hold, or cannot show, is its alt text and a link to where it was fetched from")
    func fallback() throws {
        var media = try PictureFixtures.media()
        media.book[PictureFixtures.chart.file] = nil
        media.book[PictureFixtures.lead.file] = nil
        let webp = try PictureFixtures.data("webp-lossy.webp")
        media.book[PictureFixtures.gull.file] = BookPicture(fileName: "0a0b0c.webp", format: .webp, data: webp, width: 120, height: 90)
        media.book[PictureFixtures.harbour.file]?.fileName = "../../escape.jpg"
        media.cover = nil
        let book = try EPUBContents(EPUBBuilder.epub(PictureFixtures.articles, config: SampleArticles.config, stylesheet: "",
                                                     modified: SampleArticles.modified, media: media))
        #expect(book.manifest().filter { $0.mediaType.hasPrefix("image/") }.isEmpty)
        #expect(!book.paths.contains { $0.contains("escape") || $0.hasSuffix(".webp") })
        let harbour = book.text("OEBPS/chapter-001.xhtml")
        #expect(harbour.contains("""
            <p class="lead-image"><span class="media-placeholder">[Image: Harbour at dawn] (<a href="https://cdn.example/lead.jpg">view image</a>)</span></p>
            """))
        #expect(harbour.contains("""
            <figure><span class="media-placeholder">[Image: Boats at the quay] (<a href="https://cdn.example/harbour.jpg">view image</a>)</span>
            """))
        #expect(harbour.contains("<a href=\"https://cdn.example/chart-page\"><span class=\"media-placeholder\">[Image: Tide chart]</span></a>"))
        #expect(book.text("OEBPS/chapter-002.xhtml").contains("[Image: A gull] (<a href=\"https://cdn.example/gull.gif\">view image</a>)"))
        #expect(!book.text("OEBPS/content.opf").contains("name=\"cover\""))
        #expect(book.text("OEBPS/cover.xhtml").contains("<section class=\"cover\" epub:type=\"cover\">\n<h1 class=\"cover-title\">"))
    }

    @Test("only the pictures of the articles in the book are packaged")
    func limit() throws {
        var config = SampleArticles.config
        config.book.limit = 1
        let book = try EPUBContents(EPUBBuilder.epub(PictureFixtures.articles, config: config, stylesheet: "",
                                                     modified: SampleArticles.modified, media: try PictureFixtures.media()))
        #expect(book.manifest().filter { $0.href.hasPrefix("images/") }.map(\.href) == ["images/ffeedd.jpg", "images/a1b2c3.jpg", "images/d4e5f6.png"])
    }

    @Test("the plan lists each place a stored picture is shown, in reading order, and the newest stored lead image")
    func plan() {
        let plan = BookPlan(PictureFixtures.articles, config: SampleArticles.config)
        #expect(plan.pictureUses.map(\.file) == ["ffeedd.jpg", "a1b2c3.jpg", "d4e5f6.png", "a1b2c3.jpg", "0a0b0c.gif"])
        #expect(plan.coverPicture == PictureFixtures.lead)
        #expect(plan.title == "The Harbour Gazette")
        #expect(plan.dateRange == "2 May 2024 – 20 June 2024")
    }

    @Test("a book with pictures is byte-identical from build to build and whatever the input order")
    func deterministic() throws {
        func build(_ articles: [RenderedArticle]) throws -> Data {
            try EPUBBuilder.epub(articles, config: SampleArticles.config, stylesheet: SampleArticles.stylesheet,
                                 modified: SampleArticles.modified, media: try PictureFixtures.media())
        }
        let first = try build(PictureFixtures.articles)
        #expect(try build(PictureFixtures.articles) == first)
        #expect(try build(PictureFixtures.articles.reversed()) == first)
    }
}
