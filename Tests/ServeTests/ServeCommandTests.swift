import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `broadsheet serve` on a copy of the sample site, the real binary on a port the test picks,
/// driven with raw HTTP: pages with the script (and the files without), types, 404, refused
/// paths, 100 clients at once, live reload, a failed build, Ctrl-C. Waits are generous (a
/// loaded machine): nothing here is timed.
@Suite(.serialized) struct ServeCommandTests {
    static let article = "/2026/how-this-site-is-built/"
    static let script = "<script src=\"/__broadsheet/reload.js?build="

    /// A running server on the sample site, and what the test made around it.
    struct Served {
        let folder: URL, site: URL, port: UInt16, server: ServeProcess
        var output: URL { site.appendingPathComponent("public") }
    }

    static func start(_ extra: [String] = []) throws -> Served {
        let (folder, site) = try ServeProcess.sampleSite()
        let port = try HTTPClient.freePort()
        let server = try ServeProcess([site.path, "--port", String(port)] + extra, log: folder.appendingPathComponent("serve.log"))
        #expect(server.waitFor("Serving "), "\(server.output)")
        #expect(server.waitFor("Built "), "\(server.output)")
        return Served(folder: folder, site: site, port: port, server: server)
    }

    static func stop(_ served: Served) {
        served.server.interrupt()
        #expect(served.server.exitStatus() == 0, "\(served.server.output)")
        #expect(served.server.output.contains("Stopping: closing the server"))
        try? FileManager.default.removeItem(at: served.folder)
    }

    @Test func servesTheSiteWithTheScriptOnlyInServedPages() throws {
        let served = try Self.start()
        defer { Self.stop(served) }
        #expect(served.server.output.contains("Serving \(served.output.path) at http://127.0.0.1:\(served.port)/"))
        let client = try HTTPClient(port: served.port)
        let page = try client.request(Self.article)
        #expect(page.status == 200)
        #expect(page.headers["content-type"] == "text/html; charset=utf-8")
        #expect(page.text.contains(Self.script))
        #expect(page.text.range(of: Self.script)!.lowerBound < page.text.range(of: "</body>", options: .backwards)!.lowerBound)
        let onDisk = try String(contentsOf: served.output.appendingPathComponent("2026/how-this-site-is-built/index.html"), encoding: .utf8)
        #expect(!onDisk.contains("__broadsheet"))
        #expect(page.text.replacingOccurrences(of: #"<script src="/__broadsheet/reload\.js\?build=[0-9a-z-]+"></script>"#,
                                               with: "", options: .regularExpression) == onDisk)
        // Kept alive: the same connection answers again, HEAD with the length and no body.
        let head = try client.request("/index.html", method: "HEAD")
        #expect(head.status == 200 && head.body.isEmpty && Int(head.headers["content-length"] ?? "") ?? 0 > 1000)
        let reloader = try client.request("/__broadsheet/reload.js")
        #expect(reloader.status == 200 && reloader.headers["content-type"] == "text/javascript; charset=utf-8")
        #expect(reloader.text.contains("EventSource"))
        #expect(try client.request("/index.html", method: "POST").status == 405)
    }

    @Test func typesFoldersAndMissingPaths() throws {
        let served = try Self.start()
        defer { Self.stop(served) }
        let client = try HTTPClient(port: served.port)
        let types = [("/assets/style.css", "text/css; charset=utf-8"), ("/assets/search.js", "text/javascript; charset=utf-8"),
                     ("/feed.json", "application/json; charset=utf-8"), ("/feed.xml", "application/xml; charset=utf-8"),
                     ("/favicon.svg", "image/svg+xml"), ("/book.epub", "application/epub+zip"),
                     ("/robots.txt", "text/plain; charset=utf-8")]
        for (path, type) in types {
            let response = try client.request(path)
            #expect(response.status == 200 && response.headers["content-type"] == type, "\(path): \(response.status) \(response.headers)")
            #expect(!response.text.contains("__broadsheet"), "\(path)")
        }
        let epub = try client.request("/book.epub")
        #expect(epub.body == (try Data(contentsOf: served.output.appendingPathComponent("book.epub"))))
        let folder = try client.request("/2026/how-this-site-is-built")
        #expect(folder.status == 301 && folder.headers["location"] == Self.article)
        let missing = try client.request("/no/such/page.html")
        #expect(missing.status == 404 && missing.text.contains(Self.script))
        let notFoundPage = try String(contentsOf: served.output.appendingPathComponent("404.html"), encoding: .utf8)
        #expect(missing.text.hasPrefix(String(notFoundPage.prefix(200))))
        #expect(try client.request("/.broadsheet-output").status == 404)  // hidden files are not served
        #expect(try client.request("/__broadsheet/anything").status == 404)
    }

    @Test func pathsOutsideTheOutputAreRefused() throws {
        let served = try Self.start()
        defer { Self.stop(served) }
        let secret = served.folder.appendingPathComponent("secret.txt")
        try Data("SECRET-OUTSIDE".utf8).write(to: secret)
        try FileManager.default.createSymbolicLink(atPath: served.output.appendingPathComponent("leak.txt").path, withDestinationPath: secret.path)
        try FileManager.default.createSymbolicLink(atPath: served.output.appendingPathComponent("up").path, withDestinationPath: served.folder.path)
        try FileManager.default.createSymbolicLink(atPath: served.output.appendingPathComponent("inside.css").path, withDestinationPath: "assets/style.css")
        let client = try HTTPClient(port: served.port)
        let attempts = ["/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/%2e%2e/etc/passwd", "/assets/../../secret.txt",
                        "/.%2e/secret.txt", "//etc/passwd", "/%2Fetc%2Fpasswd", "/index.html%00.txt", "/..%5csecret.txt",
                        "/leak.txt", "/up/secret.txt", "/up/", "/up"]
        for attempt in attempts {
            let response = try HTTPClient(port: served.port).request(attempt)
            #expect([403, 404].contains(response.status), "\(attempt): \(response.status)")
            #expect(!response.text.contains("SECRET-OUTSIDE") && !response.text.contains("root:"), "\(attempt)")
        }
        #expect(try client.request("/leak.txt").status == 403)
        let inside = try client.request("/inside.css")  // a link that stays inside is followed
        #expect(inside.status == 200 && inside.headers["content-type"] == "text/css; charset=utf-8")
    }

    @Test func holdsAHundredClientsAtOnce() throws {
        let served = try Self.start()
        defer { Self.stop(served) }
        let count = 100
        let clients = try (0..<count).map { _ in try HTTPClient(port: served.port) }  // all connected before any asks
        let statuses = Statuses(count: count)
        let group = DispatchGroup()
        for (index, client) in clients.enumerated() {
            group.enter()
            Thread {
                let paths = ["/index.html", Self.article, "/assets/style.css", "/book.epub"]
                statuses.set(index, (try? client.request(paths[index % paths.count]).status) ?? -1)
                group.leave()
            }.start()
        }
        #expect(group.wait(timeout: .now() + 120) == .success)
        #expect(statuses.all == Array(repeating: 200, count: count))
    }

    @Test func editsReloadPagesAndAFailedBuildKeepsTheLastGoodSite() throws {
        let served = try Self.start()
        defer { Self.stop(served) }
        let events = try HTTPClient(port: served.port, timeout: 60)
        let opened = try events.openEvents()
        #expect(opened.status == 200 && opened.headers["content-type"] == "text/event-stream; charset=utf-8")
        let first = events.events(until: { $0.contains("event: build\ndata: ") && $0.hasSuffix("\n\n") }, within: 20)
        let firstID = try #require(Self.buildIDs(in: first).last, "\(first)")
        #expect(try HTTPClient(port: served.port).request(Self.article).text.contains(Self.script + firstID + "\""))

        let article = served.site.appendingPathComponent("content/2026/how-this-site-is-built.md")
        let text = try String(contentsOf: article, encoding: .utf8)
        try Data((text + "\nA sentence added while the server runs.\n").utf8).write(to: article)
        let afterEdit = events.events(until: { Self.buildIDs(in: $0).contains { $0 != firstID } }, within: 60)
        let secondID = try #require(Self.buildIDs(in: afterEdit).first { $0 != firstID }, "\(afterEdit)\n\(served.server.output)")
        let edited = try HTTPClient(port: served.port).request(Self.article)
        #expect(edited.text.contains("A sentence added while the server runs."))
        #expect(edited.text.contains(Self.script + secondID + "\""))
        #expect(served.server.output.contains("content/2026/how-this-site-is-built.md changed: building"))

        let settings = served.site.appendingPathComponent("site.yml")
        let good = try Data(contentsOf: settings)
        try Data("title: [unclosed\n".utf8).write(to: settings)
        let failed = events.events(until: { $0.contains("event: failed\n") && $0.hasSuffix("\n\n") }, within: 60)
        #expect(failed.contains("event: failed\ndata: error: site.yml:"), "\(failed)")
        #expect(served.server.waitFor("error: site.yml:", within: 10))
        let kept = try HTTPClient(port: served.port).request(Self.article)
        #expect(kept.status == 200 && kept.text.contains("A sentence added while the server runs."))
        // A page opened now hears of the failure at once, after the build it shows.
        let late = try HTTPClient(port: served.port, timeout: 30)
        _ = try late.openEvents()
        let told = late.events(until: { $0.contains("event: failed\n") && $0.hasSuffix("\n\n") }, within: 20)
        #expect(told.contains("event: build\ndata: \(secondID)\n\n") && told.contains("event: failed\ndata: error: site.yml:"), "\(told)")

        try good.write(to: settings)
        let fixed = events.events(until: { Self.buildIDs(in: $0).contains { $0 != secondID } }, within: 60)
        #expect(Self.buildIDs(in: fixed).contains { $0 != secondID }, "\(fixed)")
    }

    @Test func aTakenPortEndsWithTwo() throws {
        let (folder, site) = try ServeProcess.sampleSite()
        defer { try? FileManager.default.removeItem(at: folder) }
        let port = try HTTPClient.freePort()
        let holder = try Self.listen(on: port)
        defer { close(holder) }
        let server = try ServeProcess([site.path, "--port", String(port)], log: folder.appendingPathComponent("serve.log"))
        #expect(server.exitStatus(within: 60) == 2)
        #expect(server.output.contains("error: cannot listen on 127.0.0.1:\(port)"), "\(server.output)")
        #expect(server.output.contains("hint: give another port with --port"))
    }

    @Test func withoutAPortTheFirstFreeOneFrom8000IsTaken() throws {
        let (folder, site) = try ServeProcess.sampleSite()
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = try ServeProcess([site.path], log: folder.appendingPathComponent("serve.log"))
        #expect(server.waitFor("Built "), "\(server.output)")
        let address = try #require(server.output.firstMatch(of: /http:\/\/127\.0\.0\.1:([0-9]+)\//), "\(server.output)")
        let port = try #require(UInt16(address.1))
        #expect((8000..<8100).contains(port))
        #expect(try HTTPClient(port: port).request("/index.html").status == 200)
        server.interrupt()
        #expect(server.exitStatus() == 0)
    }

    /// The build ids of the `build` events in `text`, in order.
    static func buildIDs(in text: String) -> [String] {
        text.matches(of: /event: build\ndata: ([^\n]+)\n\n/).map { String($0.1) }
    }

    /// A socket listening on 127.0.0.1:`port`, holding it.
    static func listen(on port: UInt16) throws -> Int32 {
        let holder = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(holder, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, Glibc.listen(holder, 8) == 0 else { throw HTTPClient.Failure("cannot hold port \(port)") }
        return holder
    }
}

/// Each client's status, written from its own thread.
final class Statuses: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Int]

    init(count: Int) { values = Array(repeating: 0, count: count) }

    func set(_ index: Int, _ status: Int) { lock.withLock { values[index] = status } }

    var all: [Int] { lock.withLock { values } }
}
