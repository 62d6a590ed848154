import ArticleModel
import Foundation
import Pipeline
import Testing

/// What QA found: each case once broke something; now each must hold.
@Suite struct SafetyTests {
    static let twoItemsOneGUID = """
    <?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
    <item><title>First story</title><guid>SAME</guid><pubDate>Mon, 01 Jan 2024 10:00:00 +0000</pubDate><description>one</description></item>
    <item><title>Second story</title><guid>SAME</guid><pubDate>Tue, 02 Jan 2024 10:00:00 +0000</pubDate><description>two</description></item>
    </channel></rss>
    """

    static func write(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    @Test func importNeverFollowsARecordOutOfContent() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = folder.appendingPathComponent("site")
        let victim = folder.appendingPathComponent("victim.txt")
        try Self.write("precious", to: victim)
        try Self.write(#"{"files":{"../victim.txt":{"hash":"0","id":"SAME"}}}"#, to: site.appendingPathComponent(".broadsheet/imports.json"))
        let feed = folder.appendingPathComponent("feed.xml")
        try Self.write(Self.twoItemsOneGUID, to: feed)
        let report = try ContentImporter.importFeeds([feed], into: site, force: true)
        #expect(try String(contentsOf: victim, encoding: .utf8) == "precious")
        #expect(report.created == ["content/2024/first-story.md", "content/2024/second-story.md"])
        #expect(report.diagnostics.contains { $0.message.contains("ignored the record for \"../victim.txt\"") })
    }

    @Test func aGUIDReusedForOtherContentKeepsBothAndReimportChangesNothing() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let feed = folder.appendingPathComponent("feed.xml")
        try Self.write(Self.twoItemsOneGUID, to: feed)
        let site = folder.appendingPathComponent("site")
        let first = try ContentImporter.importFeeds([feed], into: site, force: false)
        let second = try ContentImporter.importFeeds([feed], into: site, force: false)
        #expect(first.created.count == 2)
        #expect(second.created.isEmpty && second.unchanged.count == 2)
        let kept = "has the same id as an earlier item but other content; kept as \"SAME#2\""
        #expect(first.diagnostics.contains { $0.message == kept })
        let report = try Pipeline.build(BuildRequest(source: .feeds([feed]), output: folder.appendingPathComponent("out"), layouts: TestSupport.layouts))
        #expect(report.articles == 2)
        #expect(report.diagnostics.contains { $0.message == kept })
    }

    @Test(.enabled(if: TestSupport.hasSeed, TestSupport.seedMissing)) func aBuildWithNothingReadableKeepsThePreviousOutput() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("out")
        let seed = TestSupport.seed.appendingPathComponent("artifex-north-korea.rss.xml")
        _ = try Pipeline.build(BuildRequest(source: .feeds([seed]), output: output, layouts: TestSupport.layouts))
        let empty = folder.appendingPathComponent("empty.xml")
        try Self.write("", to: empty)
        #expect(throws: PipelineError.self) {
            try Pipeline.build(BuildRequest(source: .feeds([empty]), output: output, layouts: TestSupport.layouts))
        }
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("book.epub").path))
    }

    @Test(arguments: ["static", "content", "layouts", "feeds/out"])
    func outputNeverGoesIntoTheSitesSources(folderName: String) throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = folder.appendingPathComponent("site")
        try Self.write("title: T\n", to: site.appendingPathComponent("site.yml"))
        try Self.write("---\ntitle: A\ndate: 2024-01-01\n---\nBody\n", to: site.appendingPathComponent("content/2024/a.md"))
        try FileManager.default.createDirectory(at: site.appendingPathComponent("static"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: site.appendingPathComponent("layouts"), withIntermediateDirectories: true)
        #expect(throws: PipelineError.self) {
            try Pipeline.build(BuildRequest(source: .site(site), output: site.appendingPathComponent(folderName), layouts: TestSupport.layouts))
        }
    }

    @Test func sourcesOutsideTheSiteFolderAreRefused() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = folder.appendingPathComponent("site")
        try Self.write(Self.twoItemsOneGUID, to: folder.appendingPathComponent("outside.xml"))
        try Self.write("sources: [../outside.xml]\n", to: site.appendingPathComponent("site.yml"))
        do {
            _ = try Pipeline.build(BuildRequest(source: .site(site), layouts: TestSupport.layouts))
            Issue.record("expected an error")
        } catch {
            #expect(error.message == "site.yml: source \"../outside.xml\" is outside the site folder")
        }
    }

    @Test func anInvalidLanguageFallsBackToEnglish() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let feed = folder.appendingPathComponent("feed.xml")
        try Self.write(Self.twoItemsOneGUID.replacingOccurrences(of: "<title>T</title>", with: "<title>T</title><language>English (United States)</language>"), to: feed)
        let output = folder.appendingPathComponent("out")
        let report = try Pipeline.build(BuildRequest(source: .feeds([feed]), output: output, layouts: TestSupport.layouts))
        #expect(report.diagnostics.contains { $0.message.hasPrefix("language \"English (United States)\" is not a language code") })
        #expect(try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8).contains("<html lang=\"en\""))
    }

    @Test func relativeURLsInAFeedPointAtTheArticlesSite() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let feed = folder.appendingPathComponent("feed.xml")
        try Self.write("""
        <?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
        <item><title>Relative</title><link>https://news.example/2024/06/story/</link><pubDate>Mon, 03 Jun 2024 10:00:00 +0000</pubDate>
        <description><![CDATA[<p><img src="/uploads/a.jpg" alt="A"> <a href="../related/">Related</a></p>]]></description></item>
        </channel></rss>
        """, to: feed)
        let output = folder.appendingPathComponent("out")
        _ = try Pipeline.build(BuildRequest(source: .feeds([feed]), output: output, layouts: TestSupport.layouts))
        let page = try String(contentsOf: output.appendingPathComponent("2024/relative/index.html"), encoding: .utf8)
        #expect(page.contains(#"<img src="https://news.example/uploads/a.jpg" alt="A" />"#))
        #expect(page.contains(#"<a href="https://news.example/2024/06/related/">Related</a>"#))
    }

    @Test(.enabled(if: TestSupport.hasSeed, TestSupport.seedMissing)) func aFeedWithNoItemsNeverReplacesAnEarlierSite() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("out")
        let seed = TestSupport.seed.appendingPathComponent("artifex-north-korea.rss.xml")
        _ = try Pipeline.build(BuildRequest(source: .feeds([seed]), output: output, layouts: TestSupport.layouts))
        let empty = folder.appendingPathComponent("noitems.xml")
        try Self.write(#"<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>"#, to: empty)
        #expect(throws: PipelineError.self) {
            try Pipeline.build(BuildRequest(source: .feeds([empty]), output: output, layouts: TestSupport.layouts))
        }
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("book.epub").path))
    }

    @Test func aDraftFileHidesTheFeedVersionOfItsArticle() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = folder.appendingPathComponent("site")
        try Self.write(Self.twoItemsOneGUID, to: site.appendingPathComponent("feeds/feed.xml"))
        try Self.write("---\ntitle: \"First story\"\nid: \"SAME\"\ndate: 2024-01-01\ndraft: true\n---\nHeld back.\n",
                       to: site.appendingPathComponent("content/2024/first-story.md"))
        try Self.write("---\ntitle: \"Other\"\ndate: 2024-01-03\n---\nPublished.\n", to: site.appendingPathComponent("content/2024/other.md"))
        let report = try Pipeline.build(BuildRequest(source: .site(site), layouts: TestSupport.layouts))
        #expect(report.articles == 2)  // "Other" and the feed's second story, kept apart as SAME#2
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("public/2024/first-story/index.html").path))
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("public/2024/second-story/index.html").path))
    }

    @Test func aSourceInsideTheOutputFolderIsRefused() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = folder.appendingPathComponent("site")
        try Self.write(Self.twoItemsOneGUID, to: site.appendingPathComponent("public/extra.xml"))
        try Self.write("sources: [public/extra.xml]\n", to: site.appendingPathComponent("site.yml"))
        #expect(throws: PipelineError.self) { try Pipeline.build(BuildRequest(source: .site(site), layouts: TestSupport.layouts)) }
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("public/extra.xml").path))
    }

    @Test func aRelativeItemLinkResolvesAgainstTheChannel() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let feed = folder.appendingPathComponent("feed.xml")
        try Self.write("""
        <?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>https://news.example/</link>
        <item><title>Story</title><link>/2024/06/story/</link><pubDate>Mon, 03 Jun 2024 10:00:00 +0000</pubDate>
        <description><![CDATA[<p><a href="other/">Other</a></p>]]></description></item>
        </channel></rss>
        """, to: feed)
        let output = folder.appendingPathComponent("out")
        _ = try Pipeline.build(BuildRequest(source: .feeds([feed]), output: output, layouts: TestSupport.layouts))
        let page = try String(contentsOf: output.appendingPathComponent("2024/story/index.html"), encoding: .utf8)
        #expect(page.contains(#"href="https://news.example/2024/06/story/other/""#))
        #expect(page.contains(#"href="https://news.example/2024/06/story/""#))
    }

    @Test func rawHTMLInAContentFileIsCleanedAndReported() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = folder.appendingPathComponent("site")
        try Self.write("---\ntitle: \"Raw\"\ndate: 2024-01-03\n---\nText.\n\n<script>alert(1)</script>\n\n<p onclick=\"x()\">Kept</p>\n",
                       to: site.appendingPathComponent("content/2024/raw.md"))
        let report = try Pipeline.build(BuildRequest(source: .site(site), layouts: TestSupport.layouts))
        let page = try String(contentsOf: site.appendingPathComponent("public/2024/raw/index.html"), encoding: .utf8)
        #expect(!page.contains("alert(1)") && !page.contains("onclick") && page.contains("<p>Kept</p>"))
        #expect(TestSupport.unsafeMarkup(in: ["2024/raw/index.html": Data(page.utf8)]) == [])
        #expect(report.diagnostics.filter { $0.file == "content/2024/raw.md" }.map(\.message).sorted()
                == ["removed <script> from the article's raw HTML", "removed onclick attribute on <p> from the article's raw HTML"])
    }

    @Test func staticFilesKeepHiddenOnesAndNeverClashWithGeneratedFolders() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = folder.appendingPathComponent("site")
        try Self.write("---\ntitle: \"A\"\ndate: 2024-01-03\n---\nText.\n", to: site.appendingPathComponent("content/2024/a.md"))
        try Self.write("Contact: mailto:x@example.com\n", to: site.appendingPathComponent("static/.well-known/security.txt"))
        try Self.write("", to: site.appendingPathComponent("static/.nojekyll"))
        try Self.write("not a folder", to: site.appendingPathComponent("static/tags"))
        try Self.write("x", to: site.appendingPathComponent("static/feed.xml/inner.txt"))
        try Self.write("x", to: site.appendingPathComponent("static/.git/config"))
        let report = try Pipeline.build(BuildRequest(source: .site(site), layouts: TestSupport.layouts))
        let tree = try TestSupport.tree(site.appendingPathComponent("public"))
        #expect(tree[".well-known/security.txt"] != nil && tree[".nojekyll"] != nil)
        #expect(tree["tags/index.html"] != nil && tree[".git/config"] == nil)
        #expect(report.diagnostics.filter { $0.message.hasPrefix("not copied") }.map(\.file).sorted() == ["static/feed.xml/inner.txt", "static/tags"])
    }

    @Test func siteSettingsLeftOutComeFromTheFeed() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = folder.appendingPathComponent("site")
        try Self.write("base_url: https://example.com/\n", to: site.appendingPathComponent("site.yml"))
        try Self.write(Self.twoItemsOneGUID.replacingOccurrences(of: "<title>T</title>", with: "<title>Feed Title</title><language>de</language>"),
                       to: site.appendingPathComponent("feeds/feed.xml"))
        _ = try Pipeline.build(BuildRequest(source: .site(site), layouts: TestSupport.layouts))
        let index = try String(contentsOf: site.appendingPathComponent("public/index.html"), encoding: .utf8)
        #expect(index.contains("<html lang=\"de\""))
        #expect(index.contains("<title>Feed Title</title>"))
    }
}
