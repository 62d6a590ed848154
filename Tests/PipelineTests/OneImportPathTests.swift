import ArticleModel
import Foundation
@testable import Pipeline
import Testing

/// `broadsheet import` and `broadsheet build FEED…` give the same articles from the same feed:
/// the same keys (folder and slug), titles, dates with their offsets, ids, lead images and
/// standalone pages and the feed they came from, for every fixture feed of the importer's tests.
@Suite struct OneImportPathTests {
    static let fixtures = TestSupport.root.appendingPathComponent("Tests/FeedImportTests/Fixtures")

    /// Every fixture file that is a feed (the folder also holds tables and notes).
    static let feeds: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? []
        let notFeeds: Set<String> = ["dates.tsv", "wpautop.txt", "README.md"]
        return names.filter { !notFeeds.contains($0) && !$0.hasPrefix(".") && !$0.hasSuffix(".md") }
            .filter { !SiteReader.isDirectory(fixtures.appendingPathComponent($0)) }.sorted()
    }()

    /// What identifies an article on the site.
    struct Summary: Hashable, CustomStringConvertible {
        var key: String
        var title: String
        var date: String?
        var id: String
        var isPage: Bool
        var image: String?
        var feed: String?
        var description: String {
            "\(key) | \(title) | \(date ?? "undated") | \(id)\(isPage ? " | page" : "")\(image.map { " | image \($0)" } ?? "")"
                + " | feed \(feed ?? "none")"
        }
    }

    @Test(arguments: feeds) func importThenBuildEqualsBuild(_ name: String) throws {
        let url = Self.fixtures.appendingPathComponent(name)
        let built = Self.articlesBuilt(from: url)
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = folder.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        _ = try ContentImporter.importFeeds([url], into: site, force: false)
        let imported = try Self.articlesInContent(of: site)
        #expect(imported.map(\.description) == built.map(\.description))
    }

    @Test func thereAreFixturesToCompare() {
        #expect(Self.feeds.count >= 20)
    }

    private static func articlesBuilt(from url: URL) -> [Summary] {
        var log: [Diagnostic] = []
        let input = SiteSnapshot.Input(name: url.lastPathComponent, data: (try? Data(contentsOf: url)) ?? Data())
        let feeds = ImportSteps.readFeeds([input], log: &log)
        let drafts = ImportSteps.convert(feeds, rules: .standard, log: &log)
        return summaries(ResolveSteps.articles(from: drafts, defaultAuthor: nil, log: &log))
    }

    private static func articlesInContent(of site: URL) throws -> [Summary] {
        var log: [Diagnostic] = []
        let files = try SiteReader.files(below: site.appendingPathComponent("content"), named: "content")
        let inputs = files.keys.sorted().map { SiteSnapshot.Input(name: $0, data: files[$0]!) }
        return summaries(ResolveSteps.articles(from: ContentSteps.parse(inputs, log: &log), defaultAuthor: nil, log: &log))
    }

    private static func summaries(_ articles: [Article]) -> [Summary] {
        articles.map { Summary(key: $0.key, title: $0.title, date: $0.date?.iso8601, id: $0.id, isPage: $0.isPage, image: $0.image,
                                feed: $0.feed) }
            .sorted { $0.key < $1.key }
    }
}
