/// One address to download, with what is known of the copy already held, so the server can
/// answer "unchanged" (304) instead of sending it again.
public struct WebRequest: Hashable, Sendable {
    /// The address, as given (an article's `src`, a `sources:` entry).
    public var address: String
    /// The `ETag` of the copy held, sent as `If-None-Match`.
    public var etag: String?
    /// The `Last-Modified` of the copy held, sent as `If-Modified-Since`.
    public var lastModified: String?
    /// The `Accept` header: the kinds of file wanted.
    public var accept: String

    /// A request; without `etag` and `lastModified` it is unconditional.
    public init(address: String, etag: String? = nil, lastModified: String? = nil, accept: String = "*/*") {
        self.address = address
        self.etag = etag
        self.lastModified = lastModified
        self.accept = accept
    }
}
