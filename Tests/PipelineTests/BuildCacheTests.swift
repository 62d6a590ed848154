import ArticleModel
import Foundation
@testable import Pipeline
import Testing

/// The build cache (`.broadsheet/cache/`): after each kind of edit an incremental build gives the
/// same output, byte for byte, as a clean build of the same folder, and converts and renders only
/// what the edit touched; nothing changed ends the build at once; a damaged cache is noted,
/// ignored and written again; `--drafts` and `--base-url` never share a stale build.
@Suite struct BuildCacheTests {
    /// A feed item of the test site.
    struct Item {
        var title: String
        var body: String
        var date: String
    }

    /// The feed's three items (converted, then rendered).
    static let items = [
        Item(title: "Ferry fares", body: "<p>The council voted to raise ferry fares by a tenth from May.</p>", date: "Fri, 01 Mar 2024 09:00:00 +0000"),
        Item(title: "Harbour wall", body: "<p>Work on the harbour wall starts <em>next week</em>.</p>", date: "Sat, 02 Mar 2024 10:00:00 +0000"),
        Item(title: "Library hours", body: "<p>The library opens late on Thursdays.</p><p>It closes at nine.</p>", date: "Sun, 03 Mar 2024 11:00:00 +0000"),
    ]

    /// An RSS feed of `items`.
    static func feed(_ items: [Item]) -> String {
        let entries = items.enumerated().map { index, item in
            "<item><title>\(item.title)</title><link>https://news.example/\(index)</link><guid>item-\(index)</guid>"
                + "<pubDate>\(item.date)</pubDate><description><![CDATA[\(item.body)]]></description></item>"
        }
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Island News</title><link>https://news.example/</link>\n"
            + entries.joined(separator: "\n") + "\n</channel></rss>\n"
    }

    /// A hand-written article file.
    static func article(_ title: String, date: String, tags: [String], body: String) -> String {
        "---\ntitle: \"\(title)\"\ndate: \(date)\ntags: [\(tags.joined(separator: ", "))]\n---\n\n\(body)\n"
    }

    /// The test site: `site.yml`, a feed of three items and two hand-written articles (5 articles).
    static let files: [String: String] = [
        "site.yml": "title: Island Gazette\nbase_url: https://gazette.example/\nauthor: The desk\n",
        "feeds/news.xml": feed(items),
        "content/2024/budget.md": article("Budget", date: "2024-03-04T09:00:00+01:00", tags: ["council", "money"],
                                          body: "The vote came at night.\n\nIt passed by two votes."),
        "content/2024/regatta.md": article("Regatta", date: "2024-03-05T15:00:00+00:00", tags: ["sport"],
                                           body: "Forty boats sailed round the island.\n\n![The start](https://pictures.example/start.jpg)"),
    ]

    /// Writes `files` into a new site folder; returns the temporary folder holding it and the site.
    static func makeSite(_ files: [String: String] = files) throws -> (folder: URL, site: URL) {
        let folder = try TestSupport.temporaryFolder()
        let site = folder.appendingPathComponent("site")
        for (path, text) in files { try write(text, to: path, in: site) }
        return (folder, site)
    }

    static func write(_ text: String, to path: String, in site: URL) throws {
        let url = site.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    static func build(_ site: URL, drafts: Bool = false, baseURL: String? = nil) throws -> BuildReport {
        try Pipeline.build(BuildRequest(source: .site(site), baseURL: baseURL, includeDrafts: drafts))
    }

    /// The output of a clean build of a copy of `site`'s inputs (no cache, no previous output).
    static func cleanOutput(of site: URL, drafts: Bool = false, baseURL: String? = nil) throws -> [String: Data] {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: site.path) where !["public", ".broadsheet", ".public.lock"].contains(name) {
            try FileManager.default.copyItem(at: site.appendingPathComponent(name), to: copy.appendingPathComponent(name))
        }
        let report = try build(copy, drafts: drafts, baseURL: baseURL)
        #expect(report.cache.convertReused == 0 && report.cache.renderReused == 0)
        return try TestSupport.tree(copy.appendingPathComponent("public"))
    }

    static func output(_ site: URL) throws -> [String: Data] {
        try TestSupport.tree(site.appendingPathComponent("public"))
    }

    /// The paths whose bytes differ between two outputs (for a readable failure).
    static func differences(_ a: [String: Data], _ b: [String: Data]) -> [String] {
        Set(a.keys).union(b.keys).filter { a[$0] != b[$0] }.sorted()
    }

    /// An edit of the test site, with the work the next build is expected to do again.
    struct Edit: CustomTestStringConvertible, Sendable {
        var name: String
        var apply: @Sendable (URL) throws -> Void
        /// Feed entries converted and articles rendered again (the rest reused).
        var converted: Int, rendered: Int
        /// Articles after the edit.
        var articles = 5
        var testDescription: String { name }
    }

    static let edits: [Edit] = [
        Edit(name: "one body", apply: { site in
            var items = BuildCacheTests.items
            items[0].body = "<p>The council voted to raise ferry fares by a fifth from May.</p>"  // same length
            try write(feed(items), to: "feeds/news.xml", in: site)
        }, converted: 1, rendered: 1),
        Edit(name: "a title", apply: { site in
            var items = BuildCacheTests.items
            items[1].title = "Harbour wall repairs"
            try write(feed(items), to: "feeds/news.xml", in: site)
        }, converted: 1, rendered: 0),
        Edit(name: "tags", apply: { site in
            try write(article("Budget", date: "2024-03-04T09:00:00+01:00", tags: ["council", "tax"],
                              body: "The vote came at night.\n\nIt passed by two votes."), to: "content/2024/budget.md", in: site)
        }, converted: 0, rendered: 0),
        Edit(name: "a date into another month", apply: { site in
            try write(article("Regatta", date: "2024-04-05T15:00:00+00:00", tags: ["sport"],
                              body: "Forty boats sailed round the island.\n\n![The start](https://pictures.example/start.jpg)"),
                      to: "content/2024/regatta.md", in: site)
        }, converted: 0, rendered: 0),
        Edit(name: "a deleted article", apply: { site in
            try FileManager.default.removeItem(at: site.appendingPathComponent("content/2024/budget.md"))
        }, converted: 0, rendered: 0, articles: 4),
        Edit(name: "a new article", apply: { site in
            try write(article("Lighthouse", date: "2024-03-06T08:00:00+00:00", tags: ["history"], body: "The lighthouse is 150 years old."),
                      to: "content/2024/lighthouse.md", in: site)
        }, converted: 0, rendered: 1, articles: 6),
        Edit(name: "a layout", apply: { site in
            try write("# Crawl it all.\nUser-agent: *\nDisallow:\n", to: "layouts/robots.mustache", in: site)
        }, converted: 0, rendered: 0),
        Edit(name: "site.yml", apply: { site in
            try write("title: Island Gazette Weekly\nbase_url: https://gazette.example/\nauthor: The desk\npage_size: 2\n", to: "site.yml", in: site)
        }, converted: 0, rendered: 0),
    ]

    @Test(arguments: edits) func anIncrementalBuildEqualsACleanOne(edit: Edit) throws {
        let (folder, site) = try Self.makeSite()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try Self.build(site)
        #expect(first.cache == CacheTally(converted: 3, rendered: 5, inputsHashed: 4))
        try edit.apply(site)
        let second = try Self.build(site)
        #expect(second.articles == edit.articles)
        #expect(!second.cache.upToDate)
        #expect(second.cache.converted == edit.converted && second.cache.convertReused == 3 - edit.converted, "\(second.cache)")
        #expect(second.cache.rendered == edit.rendered && second.cache.renderReused == edit.articles - edit.rendered, "\(second.cache)")
        let clean = try Self.cleanOutput(of: site)
        let incremental = try Self.output(site)
        #expect(Self.differences(incremental, clean) == [])
        #expect(!second.diagnostics.contains { $0.file.hasPrefix(BuildCache.folder) })
        // And the build after it finds nothing changed.
        let third = try Self.build(site)
        #expect(third.cache.upToDate)
        #expect(try Self.output(site) == incremental)
    }

    @Test func nothingChangedEndsTheBuildAtOnceWithTheSameReport() throws {
        let (folder, site) = try Self.makeSite()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try Self.build(site)
        let before = try Self.output(site)
        let stamps = FolderWalk.entries(below: site.appendingPathComponent("public"), following: false)
        let second = try Self.build(site)
        #expect(second.cache == CacheTally(upToDate: true, inputsHashed: 4), "every input is new, so none is trusted by its stamp yet")
        let counts: [Int] = [second.articles, second.drafts, second.pages, second.files, second.bookBytes]
        let expected: [Int] = [first.articles, first.drafts, first.pages, first.files, first.bookBytes]
        #expect(counts == expected)
        #expect(second.diagnostics == first.diagnostics)
        #expect(second.changes == OutputChanges(unchanged: first.files))
        #expect(second.timings.map(\.step) == ["cache"])
        #expect(FolderWalk.entries(below: site.appendingPathComponent("public"), following: false) == stamps, "not a file touched")
        #expect(try Self.output(site) == before)
        // A file written again with the same bytes is read, found the same, and changes nothing.
        try Self.write(Self.files["content/2024/budget.md"]!, to: "content/2024/budget.md", in: site)
        #expect(try Self.build(site).cache.upToDate)
    }

    @Test func anOutputChangedByHandIsBuiltAgain() throws {
        let (folder, site) = try Self.makeSite()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try Self.build(site)
        let built = try Self.output(site)
        let index = site.appendingPathComponent("public/index.html")
        try FileManager.default.removeItem(at: index)
        let rebuilt = try Self.build(site)
        #expect(!rebuilt.cache.upToDate)
        #expect(rebuilt.cache.convertReused == 3 && rebuilt.cache.renderReused == 5)
        #expect(try Self.output(site) == built)
        try Data("edited".utf8).write(to: index)
        #expect(try !Self.build(site).cache.upToDate)
        try Data("stray".utf8).write(to: site.appendingPathComponent("public/stray.txt"))
        #expect(try !Self.build(site).cache.upToDate)
        #expect(try Self.output(site) == built)
    }

    /// Ways to damage a cache file.
    enum Damage: String, CaseIterable, Sendable {
        case truncated, garbage, otherFormat, emptied

        func apply(to url: URL) throws {
            var bytes = [UInt8](try Data(contentsOf: url))
            switch self {
            case .truncated: bytes.removeLast(bytes.count / 3)
            case .garbage: bytes = Array("this is not a build cache\n".utf8)
            case .otherFormat: bytes[CacheFile.magic.count] = 4  // format 2, zigzag-encoded
            case .emptied: bytes = []
            }
            try Data(bytes).write(to: url)
        }
    }

    static let damages: [(String, Damage)] = ["build", "convert", "render"].flatMap { name in Damage.allCases.map { (name, $0) } }

    @Test(arguments: damages) func aDamagedCacheIsNotedIgnoredAndWrittenAgain(name: String, damage: Damage) throws {
        let (folder, site) = try Self.makeSite()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try Self.build(site)
        let file = site.appendingPathComponent("\(BuildCache.folder)/\(name).bin")
        try damage.apply(to: file)
        try Self.edits[0].apply(site)  // so the build gets past the record to the memos
        let report = try Self.build(site)
        let note = Diagnostic(.note, file: "\(BuildCache.folder)/\(name).bin", "the build cache was unreadable and was rebuilt",
                              hint: "nothing to do: the cache only saves time; should it happen on every build, check the disk")
        #expect(report.diagnostics.filter { $0.file.hasPrefix(BuildCache.folder) } == [note])
        #expect(report.cache.converted == (name == "convert" ? 3 : 1))
        #expect(report.cache.rendered == (name == "render" ? 5 : 1))
        #expect(Self.differences(try Self.output(site), try Self.cleanOutput(of: site)) == [])
        let program = CacheKey.program(version: "")
        guard case .success = CacheFile.payload(of: try Data(contentsOf: file), kind: name, program: program) else {
            Issue.record("\(name).bin was not written again")
            return
        }
        let next = try Self.build(site)
        #expect(next.cache.upToDate)
        #expect(!next.diagnostics.contains { $0.file.hasPrefix(BuildCache.folder) })
    }

    @Test func aCacheOfAnotherProgramIsIgnoredWithoutANote() throws {
        let (folder, site) = try Self.makeSite()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try Pipeline.build(BuildRequest(source: .site(site), version: "broadsheet 0.0.9"))
        let report = try Pipeline.build(BuildRequest(source: .site(site), version: "broadsheet 0.1.0"))
        #expect(report.cache == CacheTally(converted: 3, rendered: 5, inputsHashed: 4))
        #expect(!report.diagnostics.contains { $0.file.hasPrefix(BuildCache.folder) })
    }

    @Test func deletingTheCacheChangesNothingButTheWorkDone() throws {
        let (folder, site) = try Self.makeSite()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try Self.build(site)
        let built = try Self.output(site)
        try FileManager.default.removeItem(at: site.appendingPathComponent(BuildCache.folder))
        let again = try Self.build(site)
        #expect(again.cache == first.cache)
        #expect(again.diagnostics == first.diagnostics)
        #expect(try Self.output(site) == built)
    }

    @Test func draftsAndBaseAddressesNeverShareAStaleBuild() throws {
        var files = Self.files
        files["content/2024/plans.md"] = "---\ntitle: \"Plans\"\ndate: 2024-03-07T09:00:00+00:00\ndraft: true\n---\n\nNot yet.\n"
        let (folder, site) = try Self.makeSite(files)
        defer { try? FileManager.default.removeItem(at: folder) }
        let plain = try Self.build(site)
        #expect(plain.articles == 5)
        let drafts = try Self.build(site, drafts: true)
        #expect(!drafts.cache.upToDate && drafts.articles == 6 && drafts.drafts == 1)
        #expect(drafts.cache.rendered == 1, "only the draft is new to the render step")
        #expect(Self.differences(try Self.output(site), try Self.cleanOutput(of: site, drafts: true)) == [])
        let back = try Self.build(site)
        #expect(!back.cache.upToDate && back.articles == 5)
        #expect(Self.differences(try Self.output(site), try Self.cleanOutput(of: site)) == [])
        #expect(try Self.build(site).cache.upToDate)
        let preview = try Self.build(site, baseURL: "http://localhost:8000/")
        #expect(!preview.cache.upToDate)
        #expect(Self.differences(try Self.output(site), try Self.cleanOutput(of: site, baseURL: "http://localhost:8000/")) == [])
        #expect(try Self.build(site, baseURL: "http://localhost:8000/").cache.upToDate)
        #expect(try !Self.build(site).cache.upToDate)
    }

    @Test func theScanReadsOnlyFilesWhoseStampChanged() throws {
        let (folder, site) = try Self.makeSite()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = InputScan.scan(site: site, theme: nil, previous: [], settle: 0)
        #expect(first.entries.map(\.path) == ["content/2024/budget.md", "content/2024/regatta.md", "feeds/news.xml", "site.yml"])
        #expect(first.hashed == 4 && first.entries.allSatisfy(\.trusted))
        #expect(InputScan.scan(site: site, theme: nil, previous: first.entries, settle: 0).hashed == 0)
        try Self.write("title: Island Gazette\n", to: "site.yml", in: site)
        let second = InputScan.scan(site: site, theme: nil, previous: first.entries, settle: 0)
        #expect(second.hashed == 1)
        #expect(second.entries.map(\.digest) != first.entries.map(\.digest))
        // A stamp too recent to vouch for the bytes is never trusted: the next scan reads the file.
        let recent = InputScan.scan(site: site, theme: nil, previous: [])
        #expect(recent.entries.filter(\.trusted).isEmpty)
        #expect(InputScan.scan(site: site, theme: nil, previous: recent.entries).hashed == 4)
    }
}
