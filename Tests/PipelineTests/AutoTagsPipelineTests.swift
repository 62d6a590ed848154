import ArticleModel
import Foundation
import Pipeline
import Testing

/// Auto-tags end to end: feed articles without tags get them at import and build (written in
/// the front matter with `auto_tags: true`), hand-written files never do, and `auto_tags: false`
/// in site.yml turns it off.
@Suite struct AutoTagsPipelineTests {
    /// Three untagged items about two recurring subjects, and one with a category of its own.
    static let feed = """
        <?xml version="1.0"?>
        <rss version="2.0"><channel><title>Harbour</title><link>https://harbour.example/</link>
        <item><title>Northwind Ferries cuts winter crossings</title><guid>https://harbour.example/?p=1</guid>
        <pubDate>Mon, 01 Jul 2024 09:00:00 +0000</pubDate><description>&lt;p&gt;Northwind Ferries will run two crossings a
        day to Marlow Island. Islanders on Marlow Island are angry, and Northwind Ferries says the boat needs repairs.&lt;/p&gt;</description></item>
        <item><title>Ferry crews vote to strike</title><guid>https://harbour.example/?p=2</guid>
        <pubDate>Tue, 02 Jul 2024 09:00:00 +0000</pubDate><description>&lt;p&gt;Crews at Northwind Ferries voted to strike.
        The strike would stop every crossing to Marlow Island. Northwind Ferries offered a rise.&lt;/p&gt;</description></item>
        <item><title>Mayor Helen Okafor presents the budget</title><guid>https://harbour.example/?p=3</guid>
        <pubDate>Wed, 03 Jul 2024 09:00:00 +0000</pubDate><description>&lt;p&gt;Mayor Helen Okafor presented the budget.
        Okafor said the harbour wall comes first. The council passed the budget.&lt;/p&gt;</description></item>
        <item><title>Tide tables for July</title><guid>https://harbour.example/?p=4</guid><category>Tides</category>
        <pubDate>Thu, 04 Jul 2024 09:00:00 +0000</pubDate><description>&lt;p&gt;High tide at Marlow Island is at noon.&lt;/p&gt;</description></item>
        </channel></rss>
        """

    static func write(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    /// The tag names an article page links to (`rel="tag"`).
    static func tags(onPage html: String) -> [String] {
        html.components(separatedBy: "rel=\"tag\">").dropFirst().compactMap { $0.components(separatedBy: "</a>").first }
    }

    /// The article pages of a built site, by path.
    static func articlePages(_ tree: [String: Data]) -> [String: String] {
        var pages: [String: String] = [:]
        for (path, data) in tree where path.hasPrefix("2024/") && path.hasSuffix("/index.html") {
            pages[path] = String(decoding: data, as: UTF8.self)
        }
        return pages
    }

    @Test func importWritesAutoTagsMarkedAsAutomaticAndKeepsFeedTags() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let feed = folder.appendingPathComponent("harbour.xml")
        try Self.write(Self.feed, to: feed)
        let site = folder.appendingPathComponent("site")
        let first = try ContentImporter.importFeeds([feed], into: site, force: false)
        #expect(first.created.count == 4)
        let ferries = try String(contentsOf: site.appendingPathComponent("content/2024/northwind-ferries-cuts-winter-crossings.md"), encoding: .utf8)
        #expect(ferries.contains("""
            id: "https://harbour.example/?p=1"
            feed: "Harbour"
            tags: ["Northwind Ferries"]
            auto_tags: true

            """))
        let mayor = try String(contentsOf: site.appendingPathComponent("content/2024/mayor-helen-okafor-presents-the-budget.md"), encoding: .utf8)
        #expect(mayor.contains("tags: [\"Helen Okafor\"]\nauto_tags: true\n"))
        let tides = try String(contentsOf: site.appendingPathComponent("content/2024/tide-tables-for-july.md"), encoding: .utf8)
        #expect(tides.contains("tags: [\"Tides\"]\n") && !tides.contains("auto_tags"))
        let again = try ContentImporter.importFeeds([feed], into: site, force: false)
        #expect(again.unchanged.count == 4 && again.updated.isEmpty && again.created.isEmpty)
        // The written files read back: `auto_tags` is a known key, and the tags are published.
        let built = try Pipeline.build(BuildRequest(source: .site(site), output: folder.appendingPathComponent("out"), layouts: TestSupport.layouts))
        #expect(!built.diagnostics.contains { $0.message.contains("auto_tags") })
        let page = try String(contentsOf: folder.appendingPathComponent("out/2024/mayor-helen-okafor-presents-the-budget/index.html"), encoding: .utf8)
        #expect(Self.tags(onPage: page) == ["Helen Okafor"])
    }

    @Test func tagsEditedByHandAreKeptOnReimport() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let feed = folder.appendingPathComponent("harbour.xml")
        try Self.write(Self.feed, to: feed)
        let site = folder.appendingPathComponent("site")
        _ = try ContentImporter.importFeeds([feed], into: site, force: false)
        let file = site.appendingPathComponent("content/2024/ferry-crews-vote-to-strike.md")
        let text = try String(contentsOf: file, encoding: .utf8)
        let edited = text.components(separatedBy: "\n").map { $0.hasPrefix("tags:") ? "tags: [\"Strikes\"]" : $0 }
            .filter { $0 != "auto_tags: true" }.joined(separator: "\n")
        try edited.write(to: file, atomically: true, encoding: .utf8)
        let again = try ContentImporter.importFeeds([feed], into: site, force: false)
        #expect(again.keptEdited == ["content/2024/ferry-crews-vote-to-strike.md"])
        #expect(try String(contentsOf: file, encoding: .utf8) == edited)
    }

    @Test func buildTagsFeedArticlesButNeverHandWrittenFiles() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = folder.appendingPathComponent("site")
        try Self.write(Self.feed, to: site.appendingPathComponent("feeds/harbour.xml"))
        try Self.write("title: Harbour\n", to: site.appendingPathComponent("site.yml"))
        try Self.write("""
            ---
            title: "Northwind Ferries and Marlow Island, a history"
            date: 2024-07-05T10:00:00+00:00
            ---

            Northwind Ferries has sailed to Marlow Island since 1952. Marlow Island welcomed Northwind Ferries.

            """, to: site.appendingPathComponent("content/2024/history.md"))
        let output = folder.appendingPathComponent("out")
        let report = try Pipeline.build(BuildRequest(source: .site(site), output: output, layouts: TestSupport.layouts))
        #expect(report.articles == 5)
        let pages = Self.articlePages(try TestSupport.tree(output))
        #expect(Self.tags(onPage: try #require(pages["2024/history/index.html"])) == [])
        #expect(Self.tags(onPage: try #require(pages["2024/northwind-ferries-cuts-winter-crossings/index.html"])) == ["Northwind Ferries"])
        #expect(Self.tags(onPage: try #require(pages["2024/tide-tables-for-july/index.html"])) == ["Tides"])
    }

    @Test func autoTagsFalseInSiteYmlTurnsItOff() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = folder.appendingPathComponent("site")
        try Self.write(Self.feed, to: site.appendingPathComponent("feeds/harbour.xml"))
        try Self.write("title: Harbour\nauto_tags: false\n", to: site.appendingPathComponent("site.yml"))
        let output = folder.appendingPathComponent("out")
        let report = try Pipeline.build(BuildRequest(source: .site(site), output: output, layouts: TestSupport.layouts))
        #expect(!report.diagnostics.contains { $0.message.contains("auto_tags") }, "auto_tags is a known field")
        let pages = Self.articlePages(try TestSupport.tree(output))
        #expect(pages.count == 4)
        #expect(pages.values.flatMap(Self.tags(onPage:)) == ["Tides"])
        let imported = try ContentImporter.importFeeds([site.appendingPathComponent("feeds/harbour.xml")], into: site, force: false)
        let texts = try imported.created.map { try String(contentsOf: site.appendingPathComponent($0), encoding: .utf8) }
        #expect(texts.filter { $0.contains("tags:") }.count == 1 && !texts.contains { $0.contains("auto_tags") })
    }

    /// The seed (10 articles, no categories) built from feed files with no site folder.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: TestSupport.seed.path), "needs ../shared/data/seed beside the repository"),
          arguments: ["000_d2f22ae44201deca.txt"])  // its RSS twin has a category on every item
    func theSeedGetsTagsAboutWhatItsArticlesAreAbout(file: String) throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("out")
        let feed = TestSupport.seed.appendingPathComponent(file)
        _ = try Pipeline.build(BuildRequest(source: .feeds([feed]), output: output, layouts: TestSupport.layouts))
        let tree = try TestSupport.tree(output)
        let tags = Self.articlePages(tree).mapValues(Self.tags(onPage:))
        #expect(tags.count == 10)
        #expect(tags.values.filter { !$0.isEmpty }.count >= 8)
        #expect(tags.values.filter { $0.contains("North Korea") }.count >= 8)
        for (path, list) in tags where path.contains("russia") || path.contains("putin") {
            #expect(list.contains("Russia") || list.contains("Vladimir Putin"), "\(path): \(list)")
        }
        for path in ["vladimir-putin-hails-north-koreas-support-or-ukraine-war-as-lands-in-pyongyang",
                     "us-incredibly-concerned-by-putin-threat-to-send-north-korea-weapons",
                     "russia-president-vladimir-putin-arrives-in-vietnam-after-meeting-with-kim-jong-un-in-north-korea"] {
            #expect(tags["2024/\(path)/index.html"]?.contains("Vladimir Putin") == true, "\(path)")
        }
        #expect(tags.values.contains { $0.contains("Kim Jong Un") })
        #expect(!tags.values.joined().contains("Kim Jong-un"))
        let index = String(decoding: try #require(tree["tags/index.html"]), as: UTF8.self)
        #expect(!index.contains("No tags yet"))
        for tag in ["North Korea", "Russia", "Vladimir Putin", "Kim Jong Un"] {
            #expect(index.contains(">\(tag)</a>"), "the Tags page lists \(tag)")
        }
        #expect(tree["tags/north-korea/index.html"] != nil && tree["tags/kim-jong-un/index.html"] != nil)
    }
}
