import FlyingFox
import Foundation

/// The FlyingFox server itself, on 127.0.0.1 and a free port, answering with one of the
/// ``ServedRoutes``. It runs inside the server process (``ServerProcess``), whose Swift
/// threads nothing else uses; every request is logged for the test to count.
final class LoopbackServer: @unchecked Sendable {
    /// The bytes of dripped bodies the server has sent.
    let dripped = DrippedBody.Counter()
    /// The server's port.
    private(set) var port: UInt16 = 0

    private let server: HTTPServer
    private let task: Task<Void, any Error>
    private let lock = NSLock()
    private var inFlight = 0
    private var mostInFlight = 0
    private let startDate = Date()
    private let onRequest: @Sendable (ServedRequest) -> Void

    private init(server: HTTPServer, task: Task<Void, any Error>, onRequest: @escaping @Sendable (ServedRequest) -> Void) {
        self.server = server
        self.task = task
        self.onRequest = onRequest
    }

    /// Starts a server answering with `routes`; `onRequest` hears of each request as it arrives.
    static func start(_ routes: ServedRoutes, onRequest: @escaping @Sendable (ServedRequest) -> Void) async throws -> LoopbackServer {
        let server = HTTPServer(address: try .inet(ip4: "127.0.0.1", port: 0), timeout: 30, logger: .disabled)
        let task = Task { try await server.run() }
        let instance = LoopbackServer(server: server, task: task, onRequest: onRequest)
        await server.appendRoute("GET *") { request in
            let logged = instance.record(request)
            defer { instance.finish() }
            guard let answer = routes.answer(request.path, logged) else { return HTTPResponse(statusCode: .notFound, body: Data("not found".utf8)) }
            if answer.delay > 0 { try? await Task.sleep(for: .seconds(answer.delay)) }
            var headers = HTTPHeaders()
            for (name, value) in answer.headers { headers[HTTPHeader(name)] = value }
            let status = HTTPStatusCode(answer.status, phrase: "Status")
            if let total = answer.dripped {
                return HTTPResponse(statusCode: status, headers: headers, body: HTTPBodySequence(from: DrippedBody(total: total, counter: instance.dripped)))
            }
            return HTTPResponse(statusCode: status, headers: headers, body: answer.body)
        }
        try await server.waitUntilListening()
        guard case .ip4(_, let port)? = await server.listeningAddress else { throw CancellationError() }
        instance.port = port
        return instance
    }

    /// Stops listening and drops every connection.
    func stop() async {
        await server.stop(timeout: 0)
        task.cancel()
    }

    /// The most requests answered at the same time since the last ``resetCounts()``.
    var mostAtOnce: Int {
        lock.lock()
        defer { lock.unlock() }
        return mostInFlight
    }

    /// Starts counting requests at once anew.
    func resetCounts() {
        lock.lock()
        mostInFlight = inFlight
        lock.unlock()
    }

    private func record(_ request: HTTPRequest) -> ServedRequest {
        let logged = ServedRequest(path: request.path, ifNoneMatch: request.headers[.ifNoneMatch],
                                   userAgent: request.headers[HTTPHeader("User-Agent")], host: request.headers[.host],
                                   arrived: Date().timeIntervalSince(startDate))
        lock.lock()
        inFlight += 1
        mostInFlight = max(mostInFlight, inFlight)
        lock.unlock()
        onRequest(logged)
        return logged
    }

    private func finish() {
        lock.lock()
        inFlight -= 1
        lock.unlock()
    }
}
