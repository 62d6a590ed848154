import ArticleModel
import Foundation
import Pipeline
import Testing

/// Hostile and broken input: reported, skipped where needed, never harmful.
@Suite struct HostileInputTests {
    static let hostileFeed = """
    <?xml version="1.0" encoding="UTF-8"?>
    <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
    <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
    <channel><title>Hostile &lt;b&gt;feed&lt;/b&gt;</title>
    <item><title>../../../etc/passwd</title><link>javascript:alert(1)</link><pubDate>Mon, 01 Jan 2024 10:00:00 +0000</pubDate>
    <content:encoded><![CDATA[<p onclick="steal()">Click <a href="javascript:alert(1)">me</a></p><script>alert(1)</script><img src=x onerror=alert(1)>]]></content:encoded></item>
    <item><title>&lt;script&gt;alert("title")&lt;/script&gt;</title><pubDate>Mon, 01 Jan 2024 11:00:00 +0000</pubDate>
    <description>&lt;p&gt;Entity-escaped &amp;amp; &lt;iframe src="https://evil.example"&gt;&lt;/iframe&gt;body&lt;/p&gt;</description></item>
    <item><title></title><description></description></item>
    <item><title>No date at all</title><description>Still kept.</description></item>
    <item><title>Secret &secret;</title><pubDate>Mon, 01 Jan 2024 12:00:00 +0000</pubDate><description>x</description></item>
    </channel></rss>
    """

    @Test func hostileFeedBuildsSafely() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let feed = folder.appendingPathComponent("hostile.xml")
        try Self.hostileFeed.write(to: feed, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("out")
        let report = try Pipeline.build(BuildRequest(source: .feeds([feed]), output: output, layouts: TestSupport.layouts))
        #expect(report.articles == 4)
        let tree = try TestSupport.tree(output)
        #expect(tree.keys.allSatisfy { !$0.contains("..") })
        #expect(TestSupport.unsafeMarkup(in: tree) == [])
        for (path, data) in tree where !path.hasSuffix(".epub") {
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.lowercased().contains("javascript:"), "\(path)")
            #expect(!text.contains("root:x:0"), "\(path) leaks /etc/passwd")
        }
        // The empty item is reported, with its file and place.
        #expect(report.diagnostics.contains { $0.severity == .error && $0.file == feed.path && ($0.item ?? "").contains("item 3") })
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("etc").path) == false)
    }

    @Test func refusesToReplaceAFolderItDidNotWrite() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let precious = folder.appendingPathComponent("precious")
        try FileManager.default.createDirectory(at: precious, withIntermediateDirectories: true)
        try "keep me".write(to: precious.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        let feed = folder.appendingPathComponent("feed.xml")
        try Self.hostileFeed.write(to: feed, atomically: true, encoding: .utf8)
        #expect(throws: PipelineError.self) {
            try Pipeline.build(BuildRequest(source: .feeds([feed]), output: precious, layouts: TestSupport.layouts))
        }
        #expect(try String(contentsOf: precious.appendingPathComponent("notes.txt"), encoding: .utf8) == "keep me")
        #expect(throws: PipelineError.self) {
            try Pipeline.build(BuildRequest(source: .feeds([feed]), output: folder, layouts: TestSupport.layouts))
        }
    }

    @Test func notAFeedIsAClearError() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let junk = folder.appendingPathComponent("photo.jpg")
        try Data([0xFF, 0xD8, 0xFF, 0x00, 0x01]).write(to: junk)
        do {
            _ = try Pipeline.build(BuildRequest(source: .feeds([junk]), output: folder.appendingPathComponent("out"), layouts: TestSupport.layouts))
            Issue.record("expected the build to fail")
        } catch {
            #expect(error.diagnostics.contains { $0.severity == .error && $0.file == junk.path })
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
        }
    }
}
