import Foundation

/// A real HTTP server on 127.0.0.1 for `fetch` to talk to: FlyingFox, in a process of its own
/// (``ServerProcess``) that this starts and stops. Every request is logged (path, conditional
/// headers, arrival) so tests can count what was asked for.
final class TestServer: @unchecked Sendable {
    private let process: Process
    private let input: FileHandle
    private let condition = NSCondition()
    private var log: [ServedRequest] = []
    private var synced: (mostAtOnce: Int, dripped: Int)?
    private var buffer = Data()
    private var ended = false
    /// The server's port.
    private(set) var port: UInt16 = 0

    /// `http://127.0.0.1:PORT`.
    var base: String { "http://127.0.0.1:\(port)" }

    private init(process: Process, input: FileHandle) {
        self.process = process
        self.input = input
    }

    /// Starts a server process answering with `routes`, and waits until it listens.
    static func start(_ routes: ServedRoutes) async throws -> TestServer {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
        process.arguments = ["--testing-library", "swift-testing", "--filter", "ServerProcess"]
        process.environment = ProcessInfo.processInfo.environment.merging([ServerProcess.variable: routes.rawValue]) { $1 }
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        let server = TestServer(process: process, input: stdin.fileHandleForWriting)
        stdout.fileHandleForReading.readabilityHandler = { handle in server.read(handle.availableData) }
        try process.run()
        try await FetchFixtures.offPool { server.waitForPort() }.get()
        return server
    }

    /// Stops the server process.
    func stop() async {
        try? input.close()
        await FetchFixtures.offPool { self.process.waitUntilExit() }
    }

    /// The requests received so far, in order.
    var requests: [ServedRequest] {
        _ = sync("sync")
        condition.lock()
        defer { condition.unlock() }
        return log
    }

    /// The most requests the server answered at the same time.
    var mostAtOnce: Int { sync("sync").mostAtOnce }

    /// The bytes of dripped bodies sent so far.
    var drippedBytes: Int { sync("sync").dripped }

    /// Forgets the requests received so far.
    func resetLog() {
        _ = sync("reset")
        condition.lock()
        log = []
        condition.unlock()
    }

    /// Sends `command` and waits for the answer, so every line before it has been read.
    private func sync(_ command: String) -> (mostAtOnce: Int, dripped: Int) {
        condition.lock()
        synced = nil
        condition.unlock()
        input.write(Data((command + "\n").utf8))
        condition.lock()
        defer { condition.unlock() }
        while synced == nil && !ended { condition.wait() }
        return synced ?? (0, 0)
    }

    private func waitForPort() -> Result<Void, any Error> {
        condition.lock()
        defer { condition.unlock() }
        while port == 0 && !ended { condition.wait() }
        return port == 0 ? .failure(CocoaError(.executableLoad)) : .success(())
    }

    private func read(_ data: Data) {
        condition.lock()
        defer { condition.broadcast(); condition.unlock() }
        if data.isEmpty { ended = true; return }
        buffer.append(data)
        while let end = buffer.firstIndex(of: UInt8(ascii: "\n")) {
            let line = String(decoding: buffer[buffer.startIndex..<end], as: UTF8.self)
            buffer.removeSubrange(buffer.startIndex...end)
            handle(line)
        }
    }

    private func handle(_ line: String) {
        guard line.hasPrefix(ServerProcess.marker) else { return }
        let words = line.dropFirst(ServerProcess.marker.count).split(separator: " ", maxSplits: 1)
        switch (words.first, words.count > 1 ? words[1] : "") {
        case ("port"?, let value): port = UInt16(value) ?? 0
        case ("request"?, let json): if let request = try? JSONDecoder().decode(ServedRequest.self, from: Data(json.utf8)) { log.append(request) }
        case ("synced"?, let values):
            let numbers = values.split(separator: " ").compactMap { Int($0) }
            synced = (numbers.first ?? 0, numbers.last ?? 0)
        default: break
        }
    }
}
