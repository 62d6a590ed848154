import ArticleModel
import Foundation
import Pipeline
import Testing

/// The real seed input, flattened text and its RSS twin, built and imported end to end.
@Suite(.serialized, .enabled(if: TestSupport.hasSeed, TestSupport.seedMissing)) struct SeedFeedTests {
    static let text = TestSupport.seed.appendingPathComponent("000_d2f22ae44201deca.txt")
    static let rss = TestSupport.seed.appendingPathComponent("artifex-north-korea.rss.xml")

    static func build(_ feed: URL, into output: URL) throws -> BuildReport {
        try Pipeline.build(BuildRequest(source: .feeds([feed]), output: output, layouts: TestSupport.layouts))
    }

    @Test(arguments: [text, rss])
    func buildsTenArticlesAndAValidBook(feed: URL) throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = try Self.build(feed, into: folder.appendingPathComponent("out"))
        #expect(report.articles == 10)
        let tree = try TestSupport.tree(folder.appendingPathComponent("out"))
        #expect(TestSupport.brokenLinks(in: tree) == [])
        guard let (status, output) = try TestSupport.epubcheck(folder.appendingPathComponent("out/book.epub")) else {
            Issue.record("epubcheck is not installed: run scripts/install-deps.sh test")
            return
        }
        #expect(status == 0 && !output.contains("ERROR") && !output.contains("WARNING"), "\(output)")
    }

    @Test func importWritesCleanMarkdownAndIsIdempotent() throws {
        let site = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: site) }
        let first = try ContentImporter.importFeeds([Self.text], into: site, force: false)
        #expect(first.created.count == 10)
        let file = site.appendingPathComponent("content/2024/22-year-old-killed-in-north-korea-for-watching-k-pop-report.md")
        let markdown = try String(contentsOf: file, encoding: .utf8)
        #expect(markdown.hasPrefix("""
        ---
        title: "22-Year-Old Killed In North Korea For Watching K-Pop: Report"
        date: 2024-06-28T12:22:37+00:00
        source: "https://artifexnews.net/22-year-old-killed-in-north-korea-for-watching-k-pop-report-5990224/"
        """))
        #expect(markdown.contains("According to the report, the man from South Hwanghae province was accused of listening to 70 K-pop songs"))
        for junk in ["Read More", "Source link", "Waiting for response", "]]>", "syndicated feed"] {
            let all = try TestSupport.tree(site.appendingPathComponent("content")).values.map { String(decoding: $0, as: UTF8.self) }
            #expect(all.allSatisfy { !$0.contains(junk) }, "\"\(junk)\" left in content/")
        }
        let second = try ContentImporter.importFeeds([Self.text], into: site, force: false)
        #expect(second.unchanged.count == 10 && second.created.isEmpty && second.updated.isEmpty)
    }

    @Test func theRSSTwinImportsIntoTheSameFiles() throws {
        let site = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: site) }
        let fromText = try ContentImporter.importFeeds([Self.text], into: site, force: false)
        let fromRSS = try ContentImporter.importFeeds([Self.rss], into: site, force: false)
        #expect(Set(fromRSS.updated + fromRSS.unchanged) == Set(fromText.created))
        #expect(fromRSS.created == [])
    }

    @Test func handEditedFilesAreKeptUnlessForced() throws {
        let site = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: site) }
        let first = try ContentImporter.importFeeds([Self.rss], into: site, force: false)
        let edited = site.appendingPathComponent(first.created.sorted()[0])
        try (try String(contentsOf: edited, encoding: .utf8) + "\nMy own note.\n").write(to: edited, atomically: true, encoding: .utf8)
        let again = try ContentImporter.importFeeds([Self.rss], into: site, force: false)
        #expect(again.keptEdited == [first.created.sorted()[0]])
        #expect(try String(contentsOf: edited, encoding: .utf8).contains("My own note."))
        let forced = try ContentImporter.importFeeds([Self.rss], into: site, force: true)
        #expect(forced.updated == [first.created.sorted()[0]])
        #expect(try !String(contentsOf: edited, encoding: .utf8).contains("My own note."))
    }
}
