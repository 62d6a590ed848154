import ArticleModel
import Digest
import Foundation
import Pipeline
import SiteFiles
import Testing

/// `Pipeline.fetch` on whole site folders, against a real server on 127.0.0.1, then `build`
/// with the server gone.
@Suite(.serialized) struct FetchSiteTests {
    /// What the server answers: a feed with an ETag, pictures, redirects, and every kind of
    /// address fetch must refuse.
    static func route(_ path: String, _ request: ServedRequest) -> ServedAnswer? {
        let base = "http://\(request.host ?? "")"
        func picture(_ data: Data, _ type: String) -> ServedAnswer { ServedAnswer(headers: ["Content-Type": type], body: data) }
        switch path {
        case "/feed.xml":
            if request.ifNoneMatch == "\"v1\"" { return ServedAnswer(status: 304, headers: ["ETag": "\"v1\""]) }
            return ServedAnswer(headers: ["ETag": "\"v1\"", "Content-Type": "application/rss+xml"], body: Data(feed(base: base).utf8))
        case "/img/harbour.jpg", "/img/copy-of-harbour.jpg": return picture(FetchFixtures.jpeg, "image/jpeg")
        case "/img/tide.png": return picture(FetchFixtures.png, "image/png")
        case "/img/gull.gif": return picture(FetchFixtures.gif, "image/gif")
        case "/chain/1": return .redirect("/chain/2")
        case "/chain/2": return .redirect("/chain/3")
        case "/chain/3": return .redirect("/img/tide.png")
        case "/loop/a": return .redirect("/loop/b")
        case "/loop/b": return .redirect("/loop/a")
        case "/img/slow.jpg": return ServedAnswer(body: FetchFixtures.jpeg, delay: 3)
        case "/img/huge.png": return picture(Data(repeating: 0x89, count: 300 << 10), "image/png")
        case "/img/photo.jpg": return picture(FetchFixtures.htmlPage, "text/html")
        case "/img/drawing.svg": return picture(FetchFixtures.scriptedSVG, "image/svg+xml")
        default:
            if path.hasPrefix("/far/"), let hop = Int(path.dropFirst(5)), hop < 7 { return .redirect("/far/\(hop + 1)") }
            return nil
        }
    }

    /// Two articles: a figure and the same picture at a second address; a chart behind three
    /// redirects and a lead image from an enclosure.
    static func feed(base: String) -> String {
        """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>Quay News</title><link>\(base)/</link><description>Test</description>
        <item><title>Harbour wall repaired</title><link>\(base)/news/wall</link><guid>\(base)/news/wall</guid>
        <pubDate>Tue, 01 Sep 2026 08:00:00 +0000</pubDate>
        <description><![CDATA[<p>The wall is mended.</p><figure><img src="\(base)/img/harbour.jpg" alt="The harbour wall">\
        <figcaption>The wall at dawn</figcaption></figure><p>The same view: <img src="\(base)/img/copy-of-harbour.jpg" alt="Again"></p>]]></description>
        </item>
        <item><title>Tide tables</title><link>\(base)/news/tides</link><guid>\(base)/news/tides</guid>
        <pubDate>Wed, 02 Sep 2026 08:00:00 +0000</pubDate>
        <enclosure url="\(base)/img/gull.gif" type="image/gif" length="39"/>
        <description><![CDATA[<p>The chart for September.</p><p><img src="\(base)/chain/1" alt="Tide chart"></p>]]></description>
        </item>
        </channel></rss>
        """
    }

    static let settings = """
        fetch:
          max_file_size: 100KB
          timeout: 1
          transfer_timeout: 5

        """

    static func fetch(_ site: URL) async throws -> FetchReport {
        let request = FetchRequest(site: site, layouts: FetchFixtures.layouts, version: "9.9", hostPause: 0.05)
        return try await FetchFixtures.offPool { Result { () throws(PipelineError) in try Pipeline.fetch(request) } }.get()
    }

    static func build(_ site: URL) async throws(PipelineError) -> BuildReport {
        let request = BuildRequest(source: .site(site), layouts: FetchFixtures.layouts)
        return try await FetchFixtures.offPool { Result { () throws(PipelineError) in try Pipeline.build(request) } }.get()
    }

    static func record(_ site: URL) throws -> [String: MediaRecord.Entry] {
        var log: [Diagnostic] = []
        let record = try MediaRecord.parse(Data(contentsOf: site.appendingPathComponent(MediaRecord.path)), file: MediaRecord.path, log: &log)
        #expect(log.isEmpty)
        return record.images
    }

    static func state(_ site: URL) throws -> FetchState {
        var log: [Diagnostic] = []
        return try FetchState.parse(Data(contentsOf: site.appendingPathComponent(FetchState.path)), file: FetchState.path, log: &log)
    }

    static func storeName(_ data: Data, _ ext: String) -> String { String(SHA256.hex(data).prefix(32)) + "." + ext }

    static func listing(_ folder: URL) -> Set<String> {
        Set((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
    }

    @Test func everyKindOfBadAddressFailsWithItsReasonAndTheRestIsKept() async throws {
        let server = try await TestServer.start(.site)
        let site = try FetchFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: site) }
        let base = server.base
        let bad = ["loop/a", "far/1", "img/slow.jpg", "img/huge.png", "img/photo.jpg", "img/drawing.svg", "img/missing.jpg"]
        try FetchFixtures.write([
            "site.yml": "title: Refusals\n" + Self.settings,
            "content/2026/refusals.md": "---\ntitle: Refusals\ndate: 2026-09-03T08:00:00+00:00\n---\n\n"
                + (["img/harbour.jpg"] + bad).map { "![\($0)](\(base)/\($0))\n\n" }.joined(),
        ], in: site)
        let report = try await Self.fetch(site)
        #expect(report.fetched == 1 && report.fetchedBytes == FetchFixtures.jpeg.count && report.unchanged == 0)
        #expect(Dictionary(uniqueKeysWithValues: report.failures.map { ($0.address, $0.reason) }) == [
            "\(base)/loop/a": "redirect loop (back to \(base)/loop/a)",
            "\(base)/far/1": "more than 5 redirects",
            "\(base)/img/slow.jpg": "timed out after 1 s",
            "\(base)/img/huge.png": "over the 100 KB limit",
            "\(base)/img/photo.jpg": "not an image: the bytes are no JPEG, PNG, GIF, WebP or AVIF picture (served as text/html)",
            "\(base)/img/drawing.svg": "SVG refused: an SVG file can carry scripts, and Broadsheet does not clean SVG",
            "\(base)/img/missing.jpg": "HTTP 404",
        ])
        let jpeg = Self.storeName(FetchFixtures.jpeg, "jpg")
        #expect(try Self.record(site) == ["\(base)/img/harbour.jpg": MediaRecord.Entry(file: jpeg, type: .jpeg, width: 8, height: 6, bytes: FetchFixtures.jpeg.count)])
        #expect(Self.listing(site.appendingPathComponent("media")) == [jpeg, "index.json"], "nothing else is written in media/")
        await server.stop()
    }

    @Test func aSecondRunDownloadsNothingAndABuildWithoutTheServerUsesTheStore() async throws {
        let server = try await TestServer.start(.site)
        let site = try FetchFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: site) }
        let base = server.base
        try FetchFixtures.write(["site.yml": "title: Quay\nsources:\n  - \(base)/feed.xml\n" + Self.settings], in: site)

        let first = try await Self.fetch(site)
        let feedBytes = Self.feed(base: base).utf8.count
        #expect(first.failures == [])
        #expect(first.fetched == 5 && first.unchanged == 0)
        #expect(first.fetchedBytes == feedBytes + 2 * FetchFixtures.jpeg.count + FetchFixtures.png.count + FetchFixtures.gif.count)
        let (jpeg, png, gif) = (Self.storeName(FetchFixtures.jpeg, "jpg"), Self.storeName(FetchFixtures.png, "png"), Self.storeName(FetchFixtures.gif, "gif"))
        #expect(try Self.record(site) == [
            "\(base)/img/harbour.jpg": MediaRecord.Entry(file: jpeg, type: .jpeg, width: 8, height: 6, bytes: FetchFixtures.jpeg.count),
            "\(base)/img/copy-of-harbour.jpg": MediaRecord.Entry(file: jpeg, type: .jpeg, width: 8, height: 6, bytes: FetchFixtures.jpeg.count),
            "\(base)/chain/1": MediaRecord.Entry(file: png, type: .png, width: 5, height: 4, bytes: FetchFixtures.png.count),
            "\(base)/img/gull.gif": MediaRecord.Entry(file: gif, type: .gif, width: 3, height: 2, bytes: FetchFixtures.gif.count),
        ])
        #expect(Self.listing(site.appendingPathComponent("media")) == [jpeg, png, gif, "index.json"])
        let feed = try #require(Self.state(site).feeds["\(base)/feed.xml"])
        #expect(feed.etag == "\"v1\"" && feed.sha256 == SHA256.hex(Data(Self.feed(base: base).utf8)))
        #expect(try Data(contentsOf: site.appendingPathComponent("feeds/" + feed.file)) == Data(Self.feed(base: base).utf8))

        server.resetLog()
        let second = try await Self.fetch(site)
        #expect(second.fetched == 0 && second.unchanged == 5 && second.failures == [])
        #expect(server.requests.map { [$0.path, $0.ifNoneMatch ?? "-"] } == [["/feed.xml", "\"v1\""]], "one conditional request, no picture")

        try FileManager.default.removeItem(at: site.appendingPathComponent("media/" + gif))
        server.resetLog()
        let third = try await Self.fetch(site)
        #expect(third.fetched == 1 && third.unchanged == 4 && third.failures == [])
        #expect(server.requests.map(\.path) == ["/feed.xml", "/img/gull.gif"], "a recorded file gone from disk is fetched again")

        await server.stop()
        let output = site.appendingPathComponent("public")
        let build = try await Self.build(site)
        #expect(build.articles == 2)
        #expect(!build.diagnostics.contains { $0.severity == .error }, "\(build.diagnostics)")
        #expect(Self.listing(output.appendingPathComponent("media")).isSuperset(of: [jpeg, png, gif]))
        let pages = try FileManager.default.subpathsOfDirectory(atPath: output.path).filter { $0.hasSuffix(".html") }
        let sources = try pages.flatMap { page in Self.imageSources(try String(contentsOf: output.appendingPathComponent(page), encoding: .utf8)) }
        #expect(!sources.isEmpty)
        #expect(sources.filter { $0.contains("127.0.0.1") } == [], "every picture comes from the store")
    }

    @Test func aFileInFeedsThatFetchDidNotWriteIsNeverReplaced() async throws {
        let server = try await TestServer.start(.site)
        let site = try FetchFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: site) }
        let address = server.base + "/feed.xml"
        try FetchFixtures.write(["site.yml": "title: Quay\nsources:\n  - \(address)\n" + Self.settings], in: site)

        do {
            _ = try await Self.build(site)
            Issue.record("a build with its only feed never fetched has nothing to build")
        } catch {
            #expect(error.diagnostics.map(\.description).contains(
                "site.yml: error: source \(address) has not been fetched yet; left out (run `broadsheet fetch \(site.path)` to download it into feeds/; `build` never touches the network)"))
        }
        #expect(server.requests.isEmpty)

        _ = try await Self.fetch(site)
        let first = try #require(Self.state(site).feeds[address]).file
        #expect(first.hasSuffix(".xml") && first.hasPrefix("127-0-0-1-"))
        // The state is lost: the file is no longer known to be fetch's, so it is the user's.
        try FileManager.default.removeItem(at: site.appendingPathComponent(FetchState.path))
        try FetchFixtures.write(["feeds/" + first: "my own notes"], in: site)
        server.resetLog()
        let again = try await Self.fetch(site)
        #expect(again.failures == [])
        let second = try #require(Self.state(site).feeds[address]).file
        #expect(second == first.dropLast(4) + "-2.xml")
        #expect(try String(contentsOf: site.appendingPathComponent("feeds/" + first), encoding: .utf8) == "my own notes")
        #expect(server.requests.first?.ifNoneMatch == nil)

        // A copy edited since fetch wrote it is kept, and not asked for.
        try FetchFixtures.write(["feeds/" + second: "edited"], in: site)
        server.resetLog()
        let edited = try await Self.fetch(site)
        #expect(edited.failures == [FetchReport.Failure(address: address,
            reason: "feeds/\(second) was changed since fetch wrote it, so it is kept as it is; delete it to download the feed again")])
        #expect(!server.requests.contains { $0.path == "/feed.xml" })
        await server.stop()
    }

    /// The `src` of every `<img>` in an HTML page.
    static func imageSources(_ html: String) -> [String] {
        html.components(separatedBy: "<img").dropFirst().compactMap { tag in
            guard let start = tag.range(of: "src=\"") else { return nil }
            return String(tag[start.upperBound...].prefix { $0 != "\"" })
        }
    }
}
