import ArticleModel
import Foundation
@testable import Pipeline
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Rebuilds write only what changed (issue 11): a file whose bytes the old output holds at the
/// same path is hard-linked from it, so it keeps its inode and modification time; the rest is
/// written, and what is no longer generated is gone. Each case builds a four-article feed into
/// a temporary folder, changes the feed, builds again and compares inodes, times and trees.
@Suite struct IncrementalOutputTests {
    /// Inode and modification time (nanoseconds) of every file below `folder`, by relative path.
    static func stamps(_ folder: URL) throws -> [String: [Int]] {
        var out: [String: [Int]] = [:]
        for path in try TestSupport.tree(folder).keys {
            var info = stat()
            #expect(lstat(folder.appendingPathComponent(path).path, &info) == 0)
            out[path] = [Int(info.st_ino), Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec)]
        }
        return out
    }

    /// The paths of `after` whose inode or time differ from `before`'s, or that are new.
    static func changed(_ before: [String: [Int]], _ after: [String: [Int]]) -> [String] {
        after.filter { before[$0.key] != $0.value }.keys.sorted()
    }

    static let items = [
        ("One", "Mon, 02 Jan 2023 10:00:00 +0000"), ("Two", "Tue, 03 Jan 2023 10:00:00 +0000"),
        ("Three", "Mon, 01 Jan 2024 10:00:00 +0000"), ("Four", "Wed, 04 Jan 2023 10:00:00 +0000"),
    ]

    /// An RSS feed of 24 articles, one a month through 2022 and 2023, tagged `gardens` and
    /// `harbours` in turn; the article numbered `edited` has a second paragraph.
    static func longFeed(editing edited: Int? = nil) -> String {
        let items = (1...24).map { number in
            let month = (number - 1) % 12 + 1, year = 2022 + (number - 1) / 12
            let date = String(format: "%04d-%02d-10T09:00:00Z", year, month)
            let more = number == edited ? "<p>A second paragraph.</p>" : ""
            return "<item><title>Article \(number)</title><guid>g\(number)</guid><dc:date>\(date)</dc:date>"
                + "<category>\(number % 2 == 0 ? "gardens" : "harbours")</category>"
                + "<description><![CDATA[<p>Body of article \(number).</p>\(more)]]></description></item>"
        }
        return "<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>T</title>"
            + items.joined() + "</channel></rss>"
    }

    /// A folder with `feed.xml` holding `items`, and the request that builds it into `out`.
    static func site(_ items: [(String, String)], in folder: URL) throws -> BuildRequest {
        try FaultTests.write(FaultTests.feed(items), to: folder.appendingPathComponent("feed.xml"))
        return BuildRequest(source: .feeds([folder.appendingPathComponent("feed.xml")]), output: folder.appendingPathComponent("out"),
                            layouts: TestSupport.layouts)
    }

    @Test func aRebuildWithNothingChangedKeepsEveryInodeAndTime() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let request = try Self.site(Self.items, in: folder)
        let first = try Pipeline.build(request)
        #expect(first.changes == OutputChanges(written: first.files, unchanged: 0, removed: 0))
        let before = try Self.stamps(request.output!)
        let second = try Pipeline.build(request)
        #expect(second.changes == OutputChanges(written: 0, unchanged: first.files, removed: 0))
        #expect(try Self.stamps(request.output!) == before)
        #expect(before.count == first.files + 1, "every file and the marker")
    }

    @Test func anEditedArticleRewritesOnlyThePagesThatShowIt() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let feed = folder.appendingPathComponent("feed.xml")
        try FaultTests.write(Self.longFeed(), to: feed)
        let request = BuildRequest(source: .feeds([feed]), output: folder.appendingPathComponent("out"), layouts: TestSupport.layouts)
        _ = try Pipeline.build(request)
        let before = try Self.stamps(request.output!)
        try FaultTests.write(Self.longFeed(editing: 5), to: feed)
        let report = try Pipeline.build(request)
        // Its page, the lists that show its summary (page 2 of the index, its month, its year,
        // its tag), every feed, the book, the digest and the search index; not its neighbours,
        // which name only its title, nor the sitemap, which dates nothing.
        #expect(Self.changed(before, try Self.stamps(request.output!)) == [
            "2022/article-5/index.html", "archive/2022/05/index.html", "archive/2022/index.html", "book.epub", "digest.html",
            "feed.json", "feed.xml", "page/2/index.html", "rss.xml", "search-index.js",
            "tags/harbours/feed.json", "tags/harbours/feed.xml", "tags/harbours/index.html", "tags/harbours/rss.xml",
        ])
        #expect(report.changes == OutputChanges(written: 14, unchanged: report.files - 14, removed: 0))
        try Self.expectCleanBuild(request, in: folder)
    }

    @Test func aDeletedArticleIsGone() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let request = try Self.site(Self.items, in: folder)
        _ = try Pipeline.build(request)
        let before = try Self.stamps(request.output!)
        _ = try Self.site(Array(Self.items.dropLast()), in: folder)
        let report = try Pipeline.build(request)
        let after = try Self.stamps(request.output!)
        #expect(before.keys.filter { after[$0] == nil } == ["2023/four/index.html"])
        #expect(!FileManager.default.fileExists(atPath: request.output!.appendingPathComponent("2023/four").path))
        #expect(report.changes.removed == 1)
        #expect(report.changes.written + report.changes.unchanged == report.files)
        try Self.expectCleanBuild(request, in: folder)
    }

    @Test func aFileChangedByHandToTheSameSizeOrMadeALinkIsWrittenAgain() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let request = try Self.site(Self.items, in: folder)
        let first = try Pipeline.build(request)
        let output = request.output!
        // index.html edited in place, one byte, so only its bytes tell; feed.xml replaced by a
        // symbolic link to a copy of itself outside the output, which is never linked through.
        let index = output.appendingPathComponent("index.html")
        var bytes = try Data(contentsOf: index)
        bytes[bytes.count - 2] = UInt8(ascii: "X")
        let handle = try FileHandle(forWritingTo: index)
        try handle.write(contentsOf: bytes)
        try handle.close()
        let feed = output.appendingPathComponent("feed.xml"), copy = folder.appendingPathComponent("copy.xml")
        try FileManager.default.moveItem(at: feed, to: copy)
        try FileManager.default.createSymbolicLink(at: feed, withDestinationURL: copy)
        let before = try Self.stamps(output)

        let report = try Pipeline.build(request)
        #expect(report.changes == OutputChanges(written: 2, unchanged: first.files - 2, removed: 0))
        #expect(Self.changed(before, try Self.stamps(output)) == ["feed.xml", "index.html"])
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: feed.path)) == nil)
        try Self.expectCleanBuild(request, in: folder)
    }

    @Test func aCopyOfAnUnchangedFileKeepsItsTime() throws {
        // What the writer does where a hard link is refused (EPERM) or crosses file systems (EXDEV).
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("page.html").path
        try PlainFile.write(Data("<p>same</p>\n".utf8), to: path, modified: timespec(tv_sec: 1_700_000_000, tv_nsec: 123_456_789))
        var info = stat()
        #expect(lstat(path, &info) == 0)
        let time: [Int] = [Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec)]
        #expect(time == [1_700_000_000, 123_456_789])
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "<p>same</p>\n")
        #expect(PreviousOutput.holds(path, exactly: Data("<p>same</p>\n".utf8)))
        #expect(!PreviousOutput.holds(path, exactly: Data("<p>same</p>".utf8)))
        #expect(!PreviousOutput.holds(path, exactly: Data("<p>same</p>\n\n".utf8)))
        #expect(!PreviousOutput.holds(path, exactly: Data("<p>sane</p>\n".utf8)))
    }

    /// The output of `request` equals, byte for byte, a build of the same input into an empty folder.
    static func expectCleanBuild(_ request: BuildRequest, in folder: URL) throws {
        var clean = request
        clean.output = folder.appendingPathComponent("clean")
        _ = try Pipeline.build(clean)
        let tree = try TestSupport.tree(request.output!), cleanTree = try TestSupport.tree(clean.output!)
        #expect(tree.keys.sorted() == cleanTree.keys.sorted())
        #expect(tree.filter { cleanTree[$0.key] != $0.value }.keys.sorted() == [])
    }
}
