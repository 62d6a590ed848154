import Foundation
import Testing

/// The test server's own process: the fetch tests start this test binary again, running only
/// this, so the server's Swift threads are never busy with another suite's synchronous tests
/// (in one process, a full `swift test` left the server unanswered for 20 s). It prints its
/// port and each request on standard output, and answers commands on standard input until
/// it closes. Skipped in every other run.
@Suite struct ServerProcess {
    /// The variable naming the routes to serve; set only for the server process.
    static let variable = "BROADSHEET_FETCH_TEST_SERVER"
    /// What starts each line meant for the test (the rest is the test runner's own output).
    static let marker = "@@server "

    @Test(.enabled(if: ProcessInfo.processInfo.environment[variable] != nil, "runs only as the server process the fetch tests start"))
    func serve() async throws {
        let routes = try #require(ServedRoutes(rawValue: ProcessInfo.processInfo.environment[Self.variable] ?? ""))
        let output = LineWriter()
        let server = try await LoopbackServer.start(routes) { request in
            let json = (try? JSONEncoder().encode(request)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
            output.write(Self.marker + "request " + json)
        }
        #expect(server.port > 0)
        output.write(Self.marker + "port \(server.port)")
        for await command in Self.commands() {
            switch command {
            case "sync": output.write(Self.marker + "synced \(server.mostAtOnce) \(server.dripped.bytes)")
            case "reset": server.resetCounts(); output.write(Self.marker + "synced \(server.mostAtOnce) \(server.dripped.bytes)")
            default: break
            }
        }
        await server.stop()
    }

    /// The lines of standard input, read on a thread of their own, until it closes.
    static func commands() -> AsyncStream<String> {
        AsyncStream { continuation in
            Thread {
                while let line = readLine() { continuation.yield(line) }
                continuation.finish()
            }.start()
        }
    }
}

/// Writes whole lines to standard output, one at a time, flushed at once.
final class LineWriter: @unchecked Sendable {
    private let lock = NSLock()

    /// Writes `line` and a line feed.
    func write(_ line: String) {
        lock.lock()
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
        lock.unlock()
    }
}
