import Foundation

/// A server's answer that was kept: a 2xx response with its body, or a 304 (the copy held
/// is current, no body).
public struct WebResponse: Hashable, Sendable {
    /// The HTTP status: 200 to 299, or 304.
    public var status: Int
    /// The address the answer came from, after redirects.
    public var finalAddress: String
    /// The body (empty for a 304).
    public var body: Data
    /// The `ETag` header, when sent.
    public var etag: String?
    /// The `Last-Modified` header, when sent.
    public var lastModified: String?
    /// The `Content-Type` header, when sent: for messages only, never trusted for the type.
    public var contentType: String?

    /// Creates a response.
    public init(status: Int, finalAddress: String, body: Data, etag: String? = nil, lastModified: String? = nil, contentType: String? = nil) {
        self.status = status
        self.finalAddress = finalAddress
        self.body = body
        self.etag = etag
        self.lastModified = lastModified
        self.contentType = contentType
    }

    /// Whether the server said the copy held is current (304 Not Modified).
    public var isUnchanged: Bool { status == 304 }
}
