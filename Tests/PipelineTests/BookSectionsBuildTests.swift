import ArticleModel
import Foundation
import Pipeline
import Testing

/// `book.sections: feed` through a whole site folder: `import` writes each article's feed into
/// its file (`feed:`), the build reads it back and gives each feed its section in the book and
/// the digest; the hand-written article goes in the site's own section. A value site.yml does
/// not know is a warning, and the book is built by month.
@Suite struct BookSectionsBuildTests {
    static func feed(_ title: String, _ items: [(String, String)]) -> String {
        let entries = items.map { item in
            "<item><title>\(item.0)</title><guid>https://\(title.lowercased().replacingOccurrences(of: " ", with: "-")).example/\(item.0.count)</guid>"
                + "<pubDate>\(item.1)</pubDate><description>\(item.0) today.</description></item>"
        }
        return "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>\(title)</title><link>https://example.com/</link>\n"
            + entries.joined(separator: "\n") + "\n</channel></rss>\n"
    }

    static func site(in folder: URL, book: String) throws -> URL {
        let site = folder.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: site.appendingPathComponent("content/2024"), withIntermediateDirectories: true)
        try Data("title: The Harbour Gazette\nbook:\n\(book)".utf8).write(to: site.appendingPathComponent("site.yml"))
        let coast = folder.appendingPathComponent("coast.xml")
        try Data(feed("Coast News", [("Gulls return", "Sun, 02 Jun 2024 08:00:00 +0000"),
                                     ("Harbour reopens", "Thu, 20 Jun 2024 08:00:00 +0000")]).utf8).write(to: coast)
        let island = folder.appendingPathComponent("island.xml")
        try Data(feed("Island Post", [("Quay works begin", "Sat, 25 May 2024 08:00:00 +0000")]).utf8).write(to: island)
        _ = try ContentImporter.importFeeds([coast, island], into: site, force: false)
        try Data("---\ntitle: \"Editor's note\"\ndate: 2024-05-03T08:00:00Z\n---\n\nWelcome.\n".utf8)
            .write(to: site.appendingPathComponent("content/2024/editors-note.md"))
        return site
    }

    /// `id: heading` of each section of the digest, then its articles' headlines, in order.
    static func outline(_ digest: String) -> [String] {
        var out: [String] = []
        for line in digest.split(separator: "\n") {
            if line.hasPrefix("<section class=\"digest-month\" id=\""), let id = line.split(separator: "\"").dropFirst(3).first {
                out.append(String(id))
            } else if line.hasPrefix("<h3 class=\"article-title\">") {
                if let title = line.split(separator: ">").dropFirst().first?.split(separator: "<").first { out.append("  " + title) }
            }
        }
        return out
    }

    @Test func importedArticlesKeepTheirFeedAndTheBookIsDividedByIt() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = try Self.site(in: folder, book: "  sections: feed\n  order: oldest-first\n")
        let gulls = try String(contentsOf: site.appendingPathComponent("content/2024/gulls-return.md"), encoding: .utf8)
        #expect(gulls.contains("\nfeed: \"Coast News\"\n"))
        let output = folder.appendingPathComponent("public")
        let report = try Pipeline.build(BuildRequest(source: .site(site), output: output, layouts: TestSupport.layouts))
        #expect(report.diagnostics.filter { $0.severity != .note } == [])
        let digest = try String(contentsOf: output.appendingPathComponent("digest.html"), encoding: .utf8)
        #expect(Self.outline(digest) == [
            "feed-coast-news", "  Gulls return", "  Harbour reopens",
            "feed-island-post", "  Quay works begin",
            "own-articles", "  Editor's note",
        ])
        #expect(digest.contains("<h2>Coast News</h2>") && digest.contains("<h2>The Harbour Gazette</h2>"))
        #expect(digest.contains("<a rel=\"next\" href=\"#article-2024-harbour-reopens\">Next: Harbour reopens"))
        #expect(TestSupport.brokenLinks(in: try TestSupport.tree(output)) == [])
    }

    @Test func anUnknownSectioningIsAWarningNamingSiteYmlAndTheBookGoesByMonth() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = try Self.site(in: folder, book: "  sections: authors\n")
        let output = folder.appendingPathComponent("public")
        let report = try Pipeline.build(BuildRequest(source: .site(site), output: output, layouts: TestSupport.layouts))
        #expect(report.diagnostics.filter { $0.severity == .warning }.map(\.description) == [
            "site.yml:3: warning: `book.sections` must be month, tag or feed, not \"authors\"; used month (write one of month, tag, feed, or leave the line out)",
        ])
        let digest = try String(contentsOf: output.appendingPathComponent("digest.html"), encoding: .utf8)
        #expect(Self.outline(digest).filter { !$0.hasPrefix(" ") } == ["month-2024-06", "month-2024-05"])
    }
}
