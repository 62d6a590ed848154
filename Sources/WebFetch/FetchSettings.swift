import ArticleModel

/// How a ``Fetcher`` behaves on the network: who it says it is, how many requests it makes at
/// once, how long it waits, how far it follows redirects and how much it downloads.
public struct FetchSettings: Hashable, Sendable {
    /// The `User-Agent` header, such as `Broadsheet/0.1.0 (offline site builder)`.
    public var userAgent: String
    /// Requests running at once, over all hosts.
    public var concurrency: Int
    /// Seconds between the end of one request to a host and the start of the next one to it.
    /// There is never more than one request to a host at a time.
    public var hostPause: Double
    /// Seconds allowed to connect, and to wait for the next bytes of a response.
    public var timeout: Double
    /// Seconds allowed for one whole response, from the request to the last byte.
    public var transferTimeout: Double
    /// Redirects followed for one address; one more fails it.
    public var maxRedirects: Int
    /// The largest response body kept; a bigger one stops downloading at once.
    public var maxFileSize: ByteSize
    /// The most bytes downloaded by one ``Fetcher/fetch(_:each:)`` call in all.
    public var maxTotalSize: ByteSize

    /// The `User-Agent` for version `version` of Broadsheet.
    public static func userAgent(version: String) -> String { "Broadsheet/\(version) (offline site builder)" }

    /// Settings from a site's `fetch:` options; `hostPause` is a quarter of a second unless given.
    public init(_ options: FetchOptions, version: String, hostPause: Double = 0.25, maxRedirects: Int = 5) {
        userAgent = FetchSettings.userAgent(version: version)
        concurrency = max(1, options.concurrency)
        self.hostPause = max(0, hostPause)
        timeout = options.timeout
        transferTimeout = options.transferTimeout
        self.maxRedirects = max(0, maxRedirects)
        maxFileSize = options.maxFileSize
        maxTotalSize = options.maxTotalSize
    }
}
