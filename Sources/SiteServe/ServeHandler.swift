import FlyingFox
import Foundation

/// Answers every request of `broadsheet serve`: the reserved paths (``ServePaths``), else a
/// file of the served folder. GET and HEAD only; pages get the reload script; a missing path
/// gets the site's `404.html` with status 404; a path that could lead outside is refused (403).
struct ServeHandler: HTTPHandler {
    /// Where files come from.
    let folder: ServedFolder
    /// The event streams, and the id of the build being served.
    let channel: ReloadChannel

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        let method = request.method.rawValue
        guard method == "GET" || method == "HEAD" else {
            return Self.text(.methodNotAllowed, "only GET and HEAD are answered\n", headers: [HTTPHeader("Allow"): "GET, HEAD"])
        }
        let raw = request.target.path()
        let response: HTTPResponse
        switch raw {
        case ServePaths.script: response = Self.body(.ok, Data(ReloadScript.source.utf8), type: MediaType.of("reload.js"))
        case ServePaths.events where method == "HEAD": response = Self.body(.ok, Data(), type: "text/event-stream; charset=utf-8")
        case ServePaths.events: response = await eventStream()
        default: response = await file(RequestPath(raw))
        }
        return method == "HEAD" ? Self.headersOnly(response) : response
    }

    /// The event stream: the current state at once, then each build's event.
    private func eventStream() async -> HTTPResponse {
        let stream = await channel.subscribe()
        var headers = Self.commonHeaders(type: "text/event-stream; charset=utf-8")
        headers[.connection] = "keep-alive"
        return HTTPResponse(statusCode: .ok, headers: headers, body: HTTPBodySequence(from: EventBytes(stream: stream)))
    }

    /// The file `path` leads to, the 404 page, a redirect to a folder's `/`, or a refusal.
    private func file(_ path: RequestPath) async -> HTTPResponse {
        guard case .wanted(let names, let isFolder) = path else {
            if case .refused(let reason) = path { return Self.text(.forbidden, "refused: \(reason); only files inside the site are served\n") }
            return Self.text(.forbidden, "refused\n")
        }
        if names.first == "__broadsheet" { return await missing() }
        switch folder.place(names, folder: isFolder) {
        case .file(let real): return await served(real, status: .ok)
        case .folder(let location): return Self.text(.movedPermanently, "see \(location)\n", headers: [.location: location])
        case .missing: return await missing()
        case .outside: return Self.text(.forbidden, "refused: this path leads outside the site\n")
        }
    }

    /// The site's own `404.html` with status 404, else a short page of the server's that
    /// still carries the reload script (so a first build that failed shows its overlay).
    private func missing() async -> HTTPResponse {
        if case .file(let real) = folder.place(["404.html"], folder: false) { return await served(real, status: .notFound) }
        let page = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Not found</title></head>\n"
            + "<body><p>Nothing here yet: no such file in the site (or it is not built yet).</p></body></html>\n"
        let build = await channel.buildID
        return Self.body(.notFound, ReloadScript.inject(into: Data(page.utf8), build: build), type: MediaType.of("404.html"))
    }

    /// The file at `real`: a page read whole and given the script, any other file streamed.
    private func served(_ real: String, status: HTTPStatusCode) async -> HTTPResponse {
        let type = MediaType.of(real)
        let url = URL(fileURLWithPath: real)
        if MediaType.isPage(type) {
            guard let page = try? Data(contentsOf: url) else { return Self.text(.notFound, "not readable\n") }
            return Self.body(status, ReloadScript.inject(into: page, build: await channel.buildID), type: type)
        }
        guard let body = try? HTTPBodySequence(file: url, suggestedBufferSize: 65_536) else { return Self.text(.notFound, "not readable\n") }
        return HTTPResponse(statusCode: status, headers: Self.commonHeaders(type: type), body: body)
    }

    /// A response with `data` as its body.
    static func body(_ status: HTTPStatusCode, _ data: Data, type: String) -> HTTPResponse {
        HTTPResponse(statusCode: status, headers: commonHeaders(type: type), body: data)
    }

    /// A plain-text answer.
    static func text(_ status: HTTPStatusCode, _ text: String, headers extra: [HTTPHeader: String] = [:]) -> HTTPResponse {
        var headers = commonHeaders(type: "text/plain; charset=utf-8")
        for (name, value) in extra { headers[name] = value }
        return HTTPResponse(statusCode: status, headers: headers, body: Data(text.utf8))
    }

    /// Headers every answer has: its type, no caching (a rebuilt file is fetched anew), no
    /// guessing of types by the browser.
    static func commonHeaders(type: String) -> HTTPHeaders {
        var headers = HTTPHeaders()
        headers[.contentType] = type
        headers[.cacheControl] = "no-store"
        headers[HTTPHeader("X-Content-Type-Options")] = "nosniff"
        return headers
    }

    /// `response` for a HEAD request: the same headers and length, no body.
    static func headersOnly(_ response: HTTPResponse) -> HTTPResponse {
        var headers = response.headers
        if case .httpBody(let body) = response.payload, let count = body.count {
            headers[.contentLength] = String(count)
        }
        return HTTPResponse(statusCode: response.statusCode, headers: headers, body: Data())
    }
}
