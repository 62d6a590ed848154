import ArticleModel
import Foundation
import Testing
import WebFetch

/// The network wrapper alone, against a real server on 127.0.0.1.
@Suite(.serialized) struct FetcherTests {
    /// Settings for tests: short time-outs and pauses, small limits.
    static func settings(timeout: Double = 1, fileLimit: Int = 100 << 10, totalLimit: Int = 500 << 10, pause: Double = 0.05) -> FetchSettings {
        FetchSettings(FetchOptions(maxFileSize: ByteSize(fileLimit), maxTotalSize: ByteSize(totalLimit), timeout: timeout,
                                   transferTimeout: 5, concurrency: 4), version: "9.9", hostPause: pause)
    }

    /// The routes every test here uses.
    static func route(_ path: String, _ request: ServedRequest) -> ServedAnswer? {
        switch path {
        case "/feed.xml":
            if request.ifNoneMatch == "\"v1\"" { return ServedAnswer(status: 304, headers: ["ETag": "\"v1\""]) }
            return ServedAnswer(headers: ["ETag": "\"v1\"", "Last-Modified": "Tue, 01 Sep 2026 08:00:00 GMT", "Content-Type": "application/rss+xml"],
                                     body: Data("<rss version=\"2.0\"><channel><title>T</title></channel></rss>".utf8))
        case "/chain/1": return .redirect("/chain/2")
        case "/chain/2": return .redirect("http://\(request.host ?? "")/chain/3")
        case "/chain/3": return .redirect("../end.gif")
        case "/end.gif": return ServedAnswer(headers: ["Content-Type": "image/gif"], body: FetchFixtures.gif)
        case "/loop/a": return .redirect("/loop/b")
        case "/loop/b": return .redirect("/loop/a")
        case "/to-ftp": return .redirect("ftp://files.example/x.jpg")
        case "/slow": return ServedAnswer(body: FetchFixtures.jpeg, delay: 3)
        case "/huge": return ServedAnswer(body: Data(repeating: 0x41, count: 300 << 10))
        case "/endless": return ServedAnswer(dripped: 4 << 20)
        case "/sixty": return ServedAnswer(body: Data(repeating: 0x42, count: 60 << 10))
        case "/wait": return ServedAnswer(body: FetchFixtures.png, delay: 0.2)
        default:
            if path.hasPrefix("/far/"), let hop = Int(path.dropFirst(5)), hop < 7 { return .redirect("/far/\(hop + 1)") }
            return nil
        }
    }

    static func fetch(_ paths: [String], on server: TestServer, settings: FetchSettings = settings(),
                      etag: String? = nil) async -> [String: Result<WebResponse, FetchFailure>] {
        let requests = paths.map { WebRequest(address: $0.contains(":") && !$0.hasPrefix("/") ? $0 : server.base + $0, etag: etag) }
        let results = await FetchFixtures.offPool { Fetcher(settings).fetch(requests) }
        var byPath: [String: Result<WebResponse, FetchFailure>] = [:]
        for (path, result) in zip(paths, results) { byPath[path] = result.outcome }
        return byPath
    }

    static func reason(_ outcome: Result<WebResponse, FetchFailure>?) -> String? {
        if case .failure(let failure)? = outcome { return failure.description }
        return nil
    }

    /// What a full `swift test` does to the server: every Swift thread of the test process
    /// busy with synchronous tests. The server, in its own process, answers all the same.
    @Test func theServerAnswersWhileThisProcessIsBusy() async throws {
        let server = try await TestServer.start(.fetcher)
        let blockers = (0..<4).map { _ in Task { sleep(2) } }  // more than the pool has threads
        let results = await Self.fetch(["/feed.xml"], on: server)
        #expect((try? results["/feed.xml"]?.get())?.status == 200, "\(String(describing: results["/feed.xml"]))")
        for blocker in blockers { await blocker.value }
        await server.stop()
    }

    @Test func aConditionalRequestForAnUnchangedFeedGetsA304() async throws {
        let server = try await TestServer.start(.fetcher)
        let first = await Self.fetch(["/feed.xml"], on: server)
        let response = try #require(try? first["/feed.xml"]?.get())
        #expect(response.status == 200 && response.etag == "\"v1\"" && response.lastModified == "Tue, 01 Sep 2026 08:00:00 GMT")
        #expect(response.body.count == 60 && response.contentType == "application/rss+xml")
        let again = await Self.fetch(["/feed.xml"], on: server, etag: "\"v1\"")
        #expect((try? again["/feed.xml"]?.get())?.isUnchanged == true)
        #expect(server.requests.map(\.ifNoneMatch) == [nil, "\"v1\""])
        #expect(server.requests.allSatisfy { $0.userAgent == "Broadsheet/9.9 (offline site builder)" })
        await server.stop()
    }

    @Test func redirectsAreFollowedOneCheckedHopAtATime() async throws {
        let server = try await TestServer.start(.fetcher)
        let results = await Self.fetch(["/chain/1", "/loop/a", "/far/1", "/to-ftp", "ftp://files.example/y.jpg"], on: server)
        let chain = try #require(try? results["/chain/1"]?.get(), "\(String(describing: results["/chain/1"]))")
        #expect(chain.finalAddress == server.base + "/end.gif" && chain.body == FetchFixtures.gif)
        #expect(Self.reason(results["/loop/a"]) == "redirect loop (back to \(server.base)/loop/a)")
        #expect(Self.reason(results["/far/1"]) == "more than 5 redirects")
        #expect(Self.reason(results["/to-ftp"]) == "not http/https: ftp://files.example/x.jpg")
        #expect(Self.reason(results["ftp://files.example/y.jpg"]) == "not http/https: ftp://files.example/y.jpg")
        let paths = server.requests.map(\.path)
        #expect(paths.filter { $0.hasPrefix("/chain/") || $0 == "/end.gif" }.count == 4)
        #expect(paths.filter { $0.hasPrefix("/loop/") } == ["/loop/a", "/loop/b"])
        #expect(paths.filter { $0.hasPrefix("/far/") } == ["/far/1", "/far/2", "/far/3", "/far/4", "/far/5", "/far/6"])
        await server.stop()
    }

    @Test func limitsAndTimeOutsEndATransfer() async throws {
        let server = try await TestServer.start(.fetcher)
        let results = await Self.fetch(["/slow", "/huge", "/missing.jpg"], on: server)
        #expect(Self.reason(results["/slow"]) == "timed out after 1 s")
        #expect(Self.reason(results["/huge"]) == "over the 100 KB limit")
        #expect(Self.reason(results["/missing.jpg"]) == "HTTP 404")
        let streamed = await Self.fetch(["/endless"], on: server)
        #expect(Self.reason(streamed["/endless"]) == "over the 100 KB limit")
        #expect(server.drippedBytes < 1 << 20, "stopped reading soon after 100 KB of 4 MB, not at the end: \(server.drippedBytes) B sent")
        let total = await Self.fetch(["/sixty", "/sixty?again"], on: server, settings: Self.settings(totalLimit: 100 << 10))
        #expect([Self.reason(total["/sixty"]), Self.reason(total["/sixty?again"])].compactMap { $0 } == ["the 100 KB limit for the whole run was reached"])
        await server.stop()
    }

    @Test func oneRequestAtATimeToAHostWithAPauseBetween() async throws {
        let server = try await TestServer.start(.fetcher)
        let results = await Self.fetch(["/wait", "/wait?2", "/wait?3", "/wait?4"], on: server, settings: Self.settings(pause: 0.3))
        #expect(results.values.allSatisfy { (try? $0.get())?.status == 200 })
        #expect(server.mostAtOnce == 1)
        let arrivals = server.requests.map(\.arrived)
        for (earlier, later) in zip(arrivals, arrivals.dropFirst()) { #expect(later - earlier >= 0.5, "0.2 s answer + 0.3 s pause") }
        await server.stop()
    }
}
