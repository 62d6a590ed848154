import ArticleModel
import EbookBundle
import Foundation
import Testing

/// Runs the real validator, epubcheck, on the sample book (with a messy article added) and
/// on an empty book, expecting no error and no warning. CI installs it; a machine without
/// it records an issue instead of passing silently.
@Suite("epubcheck")
struct EPUBCheckTests {
    static let jar = "/usr/share/java/epubcheck.jar"

    @Test("an empty book passes epubcheck")
    func emptyBook() throws {
        let data = try EPUBBuilder.epub([], config: SiteConfig(), stylesheet: "", modified: SampleArticles.modified)
        try check(data)
    }

    @Test("the sample book plus messy bodies, an empty title and an odd language pass epubcheck")
    func messyBook() throws {
        var config = SiteConfig(title: "Odds & Ends", language: "en_GB")
        config.book.identifier = "urn:isbn:9780000000002"
        let messy = SampleArticles.make("", SampleArticles.date(2, 29), tags: ["A & B", "Ünïcödé"], html: """
            <h1>Heading one</h1><p>Text with <a name="old">an old anchor</a> and <a href="#old">a link to it</a>.</p>
            <table border="1"><colgroup><col span="2"></colgroup><caption>Cap</caption><tr><th scope="col">N</th>
            <td align="right">1</td></tr><tr><td><table><tr><td>nested</td></tr></table></td></tr></table>
            <dl><dt>Term</dt><dd>Definition</dd></dl><details><summary>More</summary><p>Hidden</p></details>
            <p><ruby>漢<rp>(</rp><rt>kan</rt><rp>)</rp></ruby> <time datetime="soon">soon</time> <center>c</center></p>
            <p><a href="https://a.example/"><img src="https://a.example/x.png"></a><picture><source srcset="x.webp">
            <img src="http://b.example/y.png" alt="Y"></picture><svg><circle r="1"/></svg></p>
            <audio src="https://c.example/a.mp3" controls></audio><object data="https://d.example/o.swf"></object>
            <p>Unclosed <b>bold <i>both</b> italic</i><form><input name="q"></form></p>
            <ol start="3" reversed type="a"><li value="7">seven</li></ol><p style="color:red" onclick="x()">styled</p>
            <p><a href="https://e.example/a b">space</a> <a href="ftp://f.example/">ftp</a> <q cite="x y">q</q></p>
            <table><td>cell without row</td><th>head cell</th></table>
            <table><tr><td>a</td></tr><caption>late caption</caption><p>stray p</p></table>
            <table><tfoot><tr><td>f</td></tr></tfoot><tr><td>r</td></tr><tbody><tr><td>b</td></tr></tbody>
            <thead><td>h</td></thead><thead><tr><td>h2</td></tr></thead></table>
            <dl><dd>dd without dt</dd><p>p in dl</p></dl><dl><dt>t</dt><p>p in dl</p></dl><dl><dt>lonely</dt></dl>
            <details><p>no summary</p></details><details><p>late</p><summary>S</summary><summary>T</summary></details>
            <ul><p>p in ul</p><li>li</li>text in ul</ul><div><li>orphan li</li><td>orphan td</td><dt>orphan dt</dt>
            <tr><td>orphan row</td></tr><caption>orphan caption</caption><summary>orphan summary</summary></div>
            <figure><p>b</p><figcaption>middle</figcaption><p>c</p><figcaption>second</figcaption></figure>
            """)
        let odd = SampleArticles.make("E = mc² at ½ price · 𝔘𝔫𝔦𝔠𝔬𝔡𝔢", SampleArticles.date(2, 28),
                                      html: "<p id=\"x²·y\">sup</p><p><a href=\"#x²·y\">up</a></p>")
        let data = try EPUBBuilder.epub([messy, odd] + SampleArticles.all, config: config, stylesheet: try bookStylesheet(),
                                        modified: SampleArticles.modified)
        try check(data)
    }

    @Test("a book with undated articles, and one with only undated articles, pass epubcheck")
    func undatedBook() throws {
        let stylesheet = try bookStylesheet()
        let mixed = [UndatedBookTests.notes, UndatedBookTests.about] + SampleArticles.all
        try check(try EPUBBuilder.epub(mixed, config: SampleArticles.config, stylesheet: stylesheet, modified: SampleArticles.modified))
        try check(try EPUBBuilder.epub([UndatedBookTests.notes], config: SampleArticles.config, stylesheet: stylesheet,
                                       modified: SampleArticles.modified))
    }

    @Test("noncharacters and controls, an invalid language and a date past 9999 pass epubcheck")
    func hostileMetadata() throws {
        var config = SiteConfig(title: "Evil\u{FFFE} News\u{01}", description: "Stay\u{FFFF}", language: "en\" onload=\"x")
        config.author = "Desk\u{1F}"
        let article = SampleArticles.make("Noncharacter \u{FFFE} title", SampleArticles.date(6, 28), tags: ["T\u{FFFF}"],
                                          html: "<p title=\"t\u{FFFF}\">Body with \u{FFFF} and \u{01} in it.</p>")
        let far = ArticleDate(date: Date(timeIntervalSince1970: 253_402_300_800))
        let blank = SampleArticles.make("\u{FFFE}\u{01}", SampleArticles.date(6, 27), html: "<p>\u{FFFF}</p>")
        try check(try EPUBBuilder.epub([article, blank], config: config, stylesheet: "", modified: far))
    }

    @Test("a book with JPEG, PNG and GIF pictures, a figure, a linked picture and a cover image passes epubcheck")
    func picturesAndCover() throws {
        let articles = PictureFixtures.articles + SampleArticles.all
        try check(try EPUBBuilder.epub(articles, config: SampleArticles.config, stylesheet: try bookStylesheet(),
                                       modified: SampleArticles.modified, media: try PictureFixtures.media()))
    }

    @Test("a right-to-left book in Arabic, with an English chapter, passes epubcheck")
    func rightToLeftBook() throws {
        let config = BookLanguageTests.config
        let plan = BookPlan(BookLanguageTests.articles, config: config, strings: BookLanguageTests.arabic)
        let (epub, _) = try BookBundle.make(plan, config: config, media: .none, epubStylesheet: try bookStylesheet(),
                                            digestStylesheet: "", modified: SampleArticles.modified)
        try check(epub)
    }

    @Test("books by tag and by feed, oldest first, with previous and next links, pass epubcheck")
    func sectionsAndLinks() throws {
        let stylesheet = try bookStylesheet()
        for sections in [BookSectioning.tag, .feed] {
            let config = BookSectionsTests.config(sections, .oldestFirst)
            try check(try EPUBBuilder.epub(BookSectionsTests.articles + [UndatedBookTests.notes], config: config,
                                           stylesheet: stylesheet, modified: SampleArticles.modified))
        }
    }

    private func check(_ data: Data) throws {
        guard FileManager.default.fileExists(atPath: EPUBCheckTests.jar) else {
            Issue.record("epubcheck is missing: install it (apt-get install epubcheck) so \(EPUBCheckTests.jar) exists")
            return
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("book.epub")
        try data.write(to: file)
        let (status, output) = try run(["java", "-jar", EPUBCheckTests.jar, file.path])
        let problems = output.split(separator: "\n").filter { $0.contains("ERROR") || $0.contains("WARNING") }
        #expect(status == 0, "epubcheck exited with \(status):\n\(output)")
        #expect(problems.isEmpty, "epubcheck reported problems:\n\(output)")
    }

    private func run(_ arguments: [String]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }

    /// The shipped `Layouts/book/epub.css`, so the validator checks the real stylesheet.
    private func bookStylesheet() throws -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return try String(contentsOf: root.appendingPathComponent("Layouts/book/epub.css"), encoding: .utf8)
    }
}
