import FlyingFox
import Foundation

/// A real HTTP server on 127.0.0.1, on a free port, for `fetch` to talk to. Every request is
/// logged (path and conditional headers) so tests can count what was asked for.
final class TestServer: @unchecked Sendable {
    /// One request the server received.
    struct Request: Hashable, Sendable {
        var path: String
        var ifNoneMatch: String?
        var userAgent: String?
        /// The `Host` header: `127.0.0.1:PORT`.
        var host: String?
        /// Seconds since the server started, when the request arrived.
        var arrived: Double
    }

    /// What a route answers: status, headers, body, and seconds to wait first.
    struct Answer: Sendable {
        var status: Int = 200
        var headers: [String: String] = [:]
        var body = Data()
        var delay: Double = 0
        /// When set, the body is instead this many bytes dripped out without a `Content-Length`.
        var dripped: Int?
    }

    /// The bytes of dripped bodies the server has sent.
    let dripped = DrippedBody.Counter()

    private let server: HTTPServer
    private let task: Task<Void, any Error>
    private let lock = NSLock()
    private var log: [Request] = []
    private var inFlight = 0
    private var mostInFlight = 0
    private let startDate = Date()
    /// The server's port.
    private(set) var port: UInt16 = 0

    /// `http://127.0.0.1:PORT`.
    var base: String { "http://127.0.0.1:\(port)" }

    private init(server: HTTPServer, task: Task<Void, any Error>) {
        self.server = server
        self.task = task
    }

    /// Starts a server answering each path with `route(path, request)`; nil is a 404.
    static func start(_ route: @escaping @Sendable (String, Request) -> Answer?) async throws -> TestServer {
        let server = HTTPServer(address: try .inet(ip4: "127.0.0.1", port: 0), timeout: 30, logger: .disabled)
        let task = Task { try await server.run() }
        let instance = TestServer(server: server, task: task)
        await server.appendRoute("GET *") { request in
            let logged = instance.record(request)
            defer { instance.finish() }
            guard let answer = route(request.path, logged) else { return HTTPResponse(statusCode: .notFound, body: Data("not found".utf8)) }
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

    /// The requests received so far, in order.
    var requests: [Request] {
        lock.lock()
        defer { lock.unlock() }
        return log
    }

    /// The most requests the server was answering at the same time.
    var mostAtOnce: Int {
        lock.lock()
        defer { lock.unlock() }
        return mostInFlight
    }

    /// Forgets the requests received so far.
    func resetLog() {
        lock.lock()
        log = []
        mostInFlight = 0
        lock.unlock()
    }

    private func record(_ request: HTTPRequest) -> Request {
        let logged = Request(path: request.path, ifNoneMatch: request.headers[.ifNoneMatch],
                             userAgent: request.headers[HTTPHeader("User-Agent")], host: request.headers[.host], arrived: Date().timeIntervalSince(startDate))
        lock.lock()
        log.append(logged)
        inFlight += 1
        mostInFlight = max(mostInFlight, inFlight)
        lock.unlock()
        return logged
    }

    private func finish() {
        lock.lock()
        inFlight -= 1
        lock.unlock()
    }
}
