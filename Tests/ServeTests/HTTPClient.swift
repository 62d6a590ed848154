import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A plain HTTP/1.1 client on a raw socket to 127.0.0.1, for the serve tests: it sends the
/// path exactly as given (no client tidies `/../` or `%2e%2e` away first), reads one response
/// at a time on a kept-alive connection, and reads event streams as they arrive. One thread
/// uses a client at a time.
final class HTTPClient: @unchecked Sendable {
    /// One response.
    struct Response {
        var status: Int
        var headers: [String: String]
        var body: Data
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    private let socket: Int32
    private var buffer: [UInt8] = []

    /// Connects to 127.0.0.1:`port`; reads give up after `timeout` seconds without a byte.
    init(port: UInt16, timeout: Int = 20) throws {
        socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw Failure("socket: errno \(errno)") }
        var wait = timeval(tv_sec: timeout, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &wait, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            close(socket)
            throw Failure("connect to 127.0.0.1:\(port): errno \(errno)")
        }
    }

    deinit { close(socket) }

    /// Sends `METHOD path` and reads the whole response (by its Content-Length).
    func request(_ path: String, method: String = "GET") throws -> Response {
        try send("\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        let (status, headers) = try readHead()
        let length = Int(headers["content-length"] ?? "0") ?? 0
        let body = method == "HEAD" ? Data() : Data(try read(count: length))
        return Response(status: status, headers: headers, body: body)
    }

    /// Opens the event stream at `path`; then ``events(until:within:)`` reads it.
    func openEvents(_ path: String = "/__broadsheet/events") throws -> Response {
        try send("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
        let (status, headers) = try readHead()
        return Response(status: status, headers: headers, body: Data())
    }

    /// The stream's text (chunk framing removed) as it arrives, until `done` says it holds
    /// what was waited for, or `seconds` have passed; returns all the text read so far.
    func events(until done: (String) -> Bool, within seconds: Double) -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var text = ""
        while !done(text), Date() < deadline {
            guard let chunk = try? readChunk() else { break }
            text += chunk
        }
        return text
    }

    private func readChunk() throws -> String {
        let sizeLine = try readLine()
        guard let size = Int(sizeLine, radix: 16) else { throw Failure("not a chunk size: \(sizeLine)") }
        let bytes = try read(count: size)
        _ = try readLine()
        return String(decoding: bytes, as: UTF8.self)
    }

    private func send(_ text: String) throws {
        let bytes = Array(text.utf8)
        guard write(socket, bytes, bytes.count) == bytes.count else { throw Failure("write: errno \(errno)") }
    }

    private func readHead() throws -> (Int, [String: String]) {
        let statusLine = try readLine()
        let parts = statusLine.split(separator: " ")
        guard parts.count >= 2, let status = Int(parts[1]) else { throw Failure("not a status line: \(statusLine)") }
        var headers: [String: String] = [:]
        while true {
            let line = try readLine()
            if line.isEmpty { break }
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return (status, headers)
    }

    private func readLine() throws -> String {
        while true {
            if let end = buffer.firstIndex(of: 0x0A) {
                let line = buffer[..<end]
                buffer.removeFirst(end + 1)
                return String(decoding: line.last == 0x0D ? line.dropLast() : line, as: UTF8.self)
            }
            try fill()
        }
    }

    private func read(count: Int) throws -> [UInt8] {
        while buffer.count < count { try fill() }
        let bytes = Array(buffer.prefix(count))
        buffer.removeFirst(count)
        return bytes
    }

    private func fill() throws {
        var chunk = [UInt8](repeating: 0, count: 65_536)
        let got = recv(socket, &chunk, chunk.count, 0)
        guard got > 0 else { throw Failure(got == 0 ? "connection closed" : "read: errno \(errno) (timed out?)") }
        buffer += chunk.prefix(got)
    }

    /// What went wrong on the socket.
    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    /// A port on 127.0.0.1 that was free a moment ago (bound to port 0, then let go).
    static func freePort() throws -> UInt16 {
        let probe = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(probe) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer -> Int32 in
                guard bind(probe, pointer, length) == 0 else { return -1 }
                return getsockname(probe, pointer, &length)
            }
        }
        guard bound == 0 else { throw Failure("no free port: errno \(errno)") }
        return UInt16(bigEndian: address.sin_port)
    }
}
