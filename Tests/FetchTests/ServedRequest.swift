/// One request the test server received, as it tells the test.
struct ServedRequest: Hashable, Sendable, Codable {
    /// The path, without the query.
    var path: String
    /// The `If-None-Match` header.
    var ifNoneMatch: String?
    /// The `User-Agent` header.
    var userAgent: String?
    /// The `Host` header: `127.0.0.1:PORT`.
    var host: String?
    /// Seconds since the server started, when the request arrived.
    var arrived: Double
}
