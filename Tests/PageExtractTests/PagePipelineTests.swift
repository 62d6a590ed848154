import ArticleModel
import Foundation
@testable import Pipeline
import Testing

/// Pages as inputs of `build` and `import`: each page gives one article, the same through
/// both paths, and `convert` extracts a whole page's article unless told to keep it whole.
@Suite struct PagePipelineTests {
    /// What identifies and makes an article, origin left out (it names the path it came by).
    struct Summary: Hashable, CustomStringConvertible {
        var key: String
        var title: String
        var date: String?
        var updated: String?
        var id: String
        var source: String?
        var author: String?
        var tags: [String]
        var summary: String?
        var image: String?
        var body: String
        var description: String { "\(key) | \(title) | \(date ?? "undated") | \(updated ?? "-") | \(id) | \(source ?? "-") | \(author ?? "-") | \(tags) | \(summary ?? "-") | \(image ?? "-")\n\(body)" }
    }

    @Test(arguments: PageCorpus.names) func buildAndImportGiveTheSameArticle(_ name: String) throws {
        let url = PageCorpus.folder.appendingPathComponent(name + ".html")
        var log: [Diagnostic] = []
        let feeds = ImportSteps.readFeeds([SiteSnapshot.Input(name: url.path, data: try Data(contentsOf: url))], log: &log)
        // The steps of `build`, as Pipeline.build runs them (with no site.yml).
        let drafts = TagSteps.autoTag(ImportSteps.convert(feeds, rules: .standard, log: &log), config: SiteConfig())
        let built = Self.summaries(ResolveSteps.articles(from: drafts, defaultAuthor: nil, log: &log))
        #expect(built.count == 1)
        #expect(!log.contains { $0.severity == .error })

        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try ContentImporter.importFeeds([url], into: folder, force: false)
        let files = try SiteReader.files(below: folder.appendingPathComponent("content"), named: "content")
        let inputs = files.keys.sorted().map { SiteSnapshot.Input(name: $0, data: files[$0]!) }
        let imported = Self.summaries(ResolveSteps.articles(from: ContentSteps.parse(inputs, log: &log), defaultAuthor: nil, log: &log))
        #expect(imported == built)
    }

    @Test func aPageIsOneArticleWithItsMetadata() throws {
        let url = PageCorpus.folder.appendingPathComponent("news-megamenu.html")
        var log: [Diagnostic] = []
        let feeds = ImportSteps.readFeeds([SiteSnapshot.Input(name: "saved/news.html", data: try Data(contentsOf: url))], log: &log)
        let entry = try #require(feeds.first?.feed.entries.first)
        #expect(feeds.first?.feed.format == .html)
        #expect(entry.title == "Council approves the new tram line after a ten-year wait")
        #expect(entry.guid == "https://www.riversidecourier.example/news/2024/03/council-approves-tram-line")
        #expect(entry.link == entry.guid)
        #expect(entry.published?.iso8601 == "2024-03-05T18:42:00+00:00")
        #expect(entry.author == "Amira Haddad")
        #expect(entry.tags == ["Transport", "City council"])
        #expect(!entry.body.html.contains("Sign up"))
        #expect(log.contains { $0.file == "saved/news.html" && $0.message.hasPrefix("dropped the navigation") })
    }

    @Test func aPageWithoutCanonicalLinkIsKnownByItsFileName() throws {
        let url = PageCorpus.folder.appendingPathComponent("split-by-ads.html")
        var log: [Diagnostic] = []
        let feeds = ImportSteps.readFeeds([SiteSnapshot.Input(name: "pages/split-by-ads.html", data: try Data(contentsOf: url))], log: &log)
        #expect(feeds.first?.feed.entries.first?.guid == "split-by-ads.html")
        #expect(feeds.first?.feed.entries.first?.link == nil)
    }

    @Test func buildsASiteFromSeveralPages() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pages = ["news-megamenu", "german", "gallery"].map { PageCorpus.folder.appendingPathComponent($0 + ".html") }
        let report = try Pipeline.build(BuildRequest(source: .feeds(pages), output: folder.appendingPathComponent("out"),
                                                     layouts: Self.layouts))
        #expect(report.articles == 3)
        #expect(!report.diagnostics.contains { $0.severity == .error })
    }

    @Test func aFolderOfPagesIsNoSiteFolderAndTheHintSaysWhatToDo() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("<html><body><p>x</p></body></html>".utf8).write(to: folder.appendingPathComponent("a.html"))
        do {
            _ = try Pipeline.build(BuildRequest(source: .site(folder), output: folder.appendingPathComponent("out"), layouts: Self.layouts))
            Issue.record("a folder of pages built as a site")
        } catch {
            #expect(error.hint?.contains("give its pages as files") == true)
        }
    }

    @Test func convertExtractsAWholePageUnlessToldToKeepIt() throws {
        let data = try Data(contentsOf: PageCorpus.folder.appendingPathComponent("opengraph-only.html"))
        let extracted = Pipeline.convert(html: data, file: "bakery.html").markdown.text
        #expect(extracted.hasPrefix("# A bakery that only opens at night\n\nThe queue outside Padaria Noturna"))
        #expect(!extracted.contains("[Recipes](/recipes)"))
        let whole = Pipeline.convert(html: data, file: "bakery.html", whole: true).markdown.text
        #expect(whole.contains("[Recipes](/recipes)"))
    }

    @Test func convertNeverCutsAFragment() {
        // As a page, the last line would not belong to the article; as a fragment it stays.
        let fragment = """
        <div><p>The first paragraph is long enough to score, with a comma, another comma, and more words after them.</p>\
        <p>The second paragraph is long enough as well, and it too has commas, words and a full stop.</p></div>\
        <p>Written in Lisbon</p>
        """
        let text = Pipeline.convert(html: Data(fragment.utf8), file: "f.html").markdown.text
        #expect(text.contains("Written in Lisbon"))
        let page = Pipeline.convert(html: Data(("<html><body>" + fragment + "</body></html>").utf8), file: "p.html").markdown.text
        #expect(!page.contains("Written in Lisbon"))
    }

    static let layouts = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Layouts")

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("broadsheet-pages-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func summaries(_ articles: [Article]) -> [Summary] {
        articles.map {
            Summary(key: $0.key, title: $0.title, date: $0.date?.iso8601, updated: $0.updated?.iso8601, id: $0.id, source: $0.source,
                    author: $0.author, tags: $0.tags.map(\.name), summary: $0.summary, image: $0.image, body: $0.body.text.trimmingWhitespace)
        }.sorted { $0.key < $1.key }
    }
}
