import ArticleModel
import Foundation
import Pipeline
import Testing

/// An item with no date anywhere (not in the item, not in the feed) is kept and published as
/// undated, never dated 1970: `undated/SLUG/` on the site, `content/undated/SLUG.md` on import.
@Suite struct UndatedTests {
    /// A feed with no date of its own: one dated item and one with no date at all.
    static let feed = """
        <?xml version="1.0"?>
        <rss version="2.0"><channel><title>Harbour</title><link>https://harbour.example/</link>
        <item><title>Ferry returns</title><guid>https://harbour.example/?p=1</guid>
        <pubDate>Fri, 28 Jun 2024 12:22:37 +0000</pubDate><description>The ferry is back.</description></item>
        <item><title>Harbour notes</title><guid>https://harbour.example/?p=2</guid>
        <description>Notes kept for reference.</description></item>
        </channel></rss>
        """

    static func write(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    /// The diagnostics about missing dates.
    static func dateNotes(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.filter { $0.message.contains("no date") }
    }

    @Test func buildPublishesAnUndatedItemUnderUndatedWithOneNote() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let feed = folder.appendingPathComponent("harbour.xml")
        try Self.write(Self.feed, to: feed)
        let output = folder.appendingPathComponent("out")
        let report = try Pipeline.build(BuildRequest(source: .feeds([feed]), output: output, layouts: TestSupport.layouts))
        #expect(report.articles == 2)
        let notes = Self.dateNotes(report.diagnostics)
        #expect(notes.count == 1)
        #expect(notes.first?.severity == .note)
        #expect(notes.first?.message == "no date: published as undated")
        #expect(notes.first?.description.contains("harbour.xml") == true)
        #expect(notes.first?.description.contains("Harbour notes") == true)

        let tree = try TestSupport.tree(output)
        let page = String(decoding: try #require(tree["undated/harbour-notes/index.html"]), as: UTF8.self)
        #expect(page.contains("Notes kept for reference."))
        #expect(!page.contains("<time"))
        #expect(tree["2024/ferry-returns/index.html"] != nil)
        #expect(tree["undated/index.html"] != nil)
        #expect(tree.keys.allSatisfy { !$0.hasPrefix("1970/") && !$0.hasPrefix("archive/1970") })
        #expect(tree["book.epub"] != nil)
        #expect(TestSupport.brokenLinks(in: tree) == [])
    }

    @Test func importWritesContentUndatedWithoutADateAndReimportChangesNothing() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let feed = folder.appendingPathComponent("harbour.xml")
        try Self.write(Self.feed, to: feed)
        let site = folder.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)

        let first = try ContentImporter.importFeeds([feed], into: site, force: false)
        #expect(first.created == ["content/2024/ferry-returns.md", "content/undated/harbour-notes.md"])
        #expect(first.diagnostics.filter { $0.severity == .error } == [])
        #expect(Self.dateNotes(first.diagnostics).count == 1)
        let text = try String(contentsOf: site.appendingPathComponent("content/undated/harbour-notes.md"), encoding: .utf8)
        #expect(text == """
            ---
            title: "Harbour notes"
            source: "https://harbour.example/?p=2"
            id: "https://harbour.example/?p=2"
            feed: "Harbour"
            ---

            Notes kept for reference.

            """)

        let before = try TestSupport.tree(site)
        let second = try ContentImporter.importFeeds([feed], into: site, force: false)
        #expect(second.created == [] && second.updated == [])
        #expect(second.unchanged == ["content/2024/ferry-returns.md", "content/undated/harbour-notes.md"])
        #expect(try TestSupport.tree(site) == before)

        // Read back, the file is an undated article again.
        let report = try Pipeline.build(BuildRequest(source: .site(site), layouts: TestSupport.layouts))
        #expect(report.articles == 2)
        let notes = Self.dateNotes(report.diagnostics)
        #expect(notes.map(\.description) == ["content/undated/harbour-notes.md: note: no date: published as undated "
            + "(add `date:` to the front matter or a pubDate to the feed item to file it under its year)"])
        let output = try TestSupport.tree(site.appendingPathComponent("public"))
        #expect(output["undated/harbour-notes/index.html"] != nil)
        #expect(output["2024/ferry-returns/index.html"] != nil)
    }
}
