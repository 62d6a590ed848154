import ArticleModel
import Foundation
import HTMLToMarkdown
@testable import Pipeline
import Testing

/// Standalone pages and lead images, carried from the feed to the site: a WordPress page is
/// imported into `content/pages/` with `page: true` and published at `SLUG/index.html`; a
/// featured image becomes `image:` and the `<img>` at the top of the article's page. `import`
/// then `build` gives the same pages and images as `build FEED`.
@Suite struct PagesAndImagesTests {
    static let wordpress = OneImportPathTests.fixtures.appendingPathComponent("wordpress.xml")

    @Test func importWritesThePageToContentPagesAndTheFeaturedImageAsImage() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = folder.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        let report = try ContentImporter.importFeeds([Self.wordpress], into: site, force: false)
        #expect(report.created.filter { $0.hasPrefix("content/pages/") } == ["content/pages/about.md"])
        let page = try String(contentsOf: site.appendingPathComponent("content/pages/about.md"), encoding: .utf8)
        #expect(page == """
            ---
            title: "About"
            date: 2024-06-01T10:00:00+02:00
            source: "https://blog.example/about/"
            id: "https://blog.example/?page_id=2"
            feed: "Coast Notes"
            author: "Ana Lima"
            page: true
            ---

            We write about the coast.

            And about videos.

            """)
        let post = try String(contentsOf: site.appendingPathComponent("content/2024/pictures-from-the-coast.md"), encoding: .utf8)
        #expect(post.contains("\nimage: \"https://blog.example/wp-content/uploads/2024/07/cliffs.jpg\"\n"))
        #expect(!post.contains("page:"))
        #expect(!report.diagnostics.contains { $0.message.contains("undated") })
        let again = try ContentImporter.importFeeds([Self.wordpress], into: site, force: false)
        #expect(again.created.isEmpty && again.updated.isEmpty)
    }

    @Test func buildingTheFeedAndTheImportedSiteGiveTheSamePagesAndImages() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let direct = folder.appendingPathComponent("direct")
        _ = try Pipeline.build(BuildRequest(source: .feeds([Self.wordpress]), output: direct, layouts: TestSupport.layouts))
        let site = folder.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        _ = try ContentImporter.importFeeds([Self.wordpress], into: site, force: false)
        let viaContent = folder.appendingPathComponent("content")
        _ = try Pipeline.build(BuildRequest(source: .site(site), output: viaContent, layouts: TestSupport.layouts))

        let tree = try TestSupport.tree(direct)
        let imported = try TestSupport.tree(viaContent)
        #expect(tree.keys.filter { $0.hasSuffix(".html") }.sorted() == imported.keys.filter { $0.hasSuffix(".html") }.sorted())
        // The same page and article, in sites of different names (the folder has no site.yml).
        for path in ["about/index.html", "2024/pictures-from-the-coast/index.html"] {
            let main = { (tree: [String: Data]) in
                String(decoding: tree[path] ?? Data(), as: UTF8.self).components(separatedBy: "<main id=\"main\"").last?
                    .components(separatedBy: "</main>").first
            }
            #expect(tree[path] != nil && main(tree) == main(imported), "\(path) differs")
        }
        #expect(!tree.keys.contains { $0.hasPrefix("2024/about/") || $0.hasPrefix("tags/") && $0.contains("about") })
        let about = String(decoding: try #require(tree["about/index.html"]), as: UTF8.self)
        #expect(about.contains("<h1>About</h1>") && about.contains("aria-current=\"page\">About</a></li>"))
        let index = String(decoding: try #require(tree["index.html"]), as: UTF8.self)
        #expect(index.contains("<li><a href=\"about/index.html\">About</a></li>"))
        #expect(!index.contains("We write about the coast"))
        let feed = String(decoding: try #require(tree["feed.xml"]), as: UTF8.self)
        #expect(!feed.contains("page_id=2") && !feed.contains("We write about the coast"))
        let post = String(decoding: try #require(tree["2024/pictures-from-the-coast/index.html"]), as: UTF8.self)
        #expect(post.contains("<meta property=\"og:image\" content=\"https://blog.example/wp-content/uploads/2024/07/cliffs.jpg\">"))
        #expect(TestSupport.brokenLinks(in: tree) == [])
    }

    @Test func aPageNeverTakesTheAddressOfTheSitesOwnFoldersOrAnotherPage() {
        let drafts = ["Tags", "2024", "About", "About", "Media"].enumerated().map { index, title in
            Self.draft(title, id: "page-\(index)", isPage: true)
        } + [Self.draft("About", id: "post", isPage: false)]
        var log: [Diagnostic] = []
        let articles = ResolveSteps.articles(from: drafts, defaultAuthor: nil, log: &log)
        #expect(articles.map(\.key) == ["pages/tags-2", "pages/2024-2", "pages/about", "pages/about-2", "pages/media-2", "2024/about"])
        #expect(log.map(\.description) == [
            "feeds/site.xml: item Tags: warning: the page address tags/ is one of the site's own folders; published as tags-2/ (give the page a `slug:` of its own)",
            "feeds/site.xml: item 2024: warning: the page address 2024/ is one of the site's own folders; published as 2024-2/ (give the page a `slug:` of its own)",
            "feeds/site.xml: item About: warning: the page address about/ is taken by another page; published as about-2/ (give one of them a `slug:` of its own)",
            "feeds/site.xml: item Media: warning: the page address media/ is one of the site's own folders; published as media-2/ (give the page a `slug:` of its own)",
        ])
    }

    @Test func leadImagesAreWebAddressesMadeAbsoluteAgainstTheItem() {
        let converter = MarkdownConverter(rules: .standard)
        func image(_ value: String) -> (String?, [String]) {
            let entry = FeedEntry(title: "Pictures", link: "https://blog.example/2024/07/pictures/", body: HTMLFragment("<p>Text.</p>"),
                                  location: "item 1 \"Pictures\"", image: value)
            let (draft, log) = ImportSteps.draft(from: entry, file: "feed.xml", converter: converter)
            return (draft.file.frontMatter.image, log.map(\.description))
        }
        #expect(image("https://cdn.example/a.jpg").0 == "https://cdn.example/a.jpg")
        #expect(image("/uploads/a.jpg").0 == "https://blog.example/uploads/a.jpg")
        #expect(image("a.jpg").0 == "https://blog.example/2024/07/pictures/a.jpg")
        let (dropped, log) = image("javascript:alert(1)")
        #expect(dropped == nil)
        #expect(log == ["feed.xml: item 1 \"Pictures\": note: lead image \"javascript:alert(1)\" not kept: only http and https addresses are (give the item's image as a web address in the feed)"])
        #expect(image("data:image/png;base64,AAAA").0 == nil)
    }

    @Test func aHandWrittenImageThatIsNoWebAddressIsDroppedWithAWarning() {
        var log: [Diagnostic] = []
        var draft = Self.draft("Post", id: "p", isPage: false)
        draft.file.frontMatter.image = "file:///etc/passwd"
        draft.origin = "content/2024/post.md"
        let articles = ResolveSteps.articles(from: [draft], defaultAuthor: nil, log: &log)
        #expect(articles.first?.image == nil)
        #expect(log.map(\.description) == [
            "content/2024/post.md: warning: lead image \"file:///etc/passwd\" dropped: only http and https addresses are shown (fix `image:` in the front matter)",
        ])
    }

    /// A draft from a feed, dated in 2024.
    static func draft(_ title: String, id: String, isPage: Bool) -> Draft {
        let matter = FrontMatter(title: title, date: ArticleDate(iso8601: "2024-06-01T10:00:00Z"), id: id, isPage: isPage)
        return Draft(file: ArticleFile(frontMatter: matter, body: Markdown("Text.\n")), origin: "feeds/site.xml: item \(title)",
                     fileSlug: nil, isContentFile: false)
    }
}
