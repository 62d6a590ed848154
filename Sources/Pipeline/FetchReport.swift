import ArticleModel

/// What a `fetch` did, for its summary: `fetched 83 (12.4 MB), unchanged 30, failed 7`, then
/// each failure.
public struct FetchReport: Sendable {
    /// An address that could not be used, and why.
    public struct Failure: Hashable, Sendable {
        /// The address, as the site gives it.
        public var address: String
        /// Why, in plain words: `HTTP 404`, `timed out after 20 s`, `not an image (…)`.
        public var reason: String

        /// Creates a failure.
        public init(address: String, reason: String) {
            self.address = address
            self.reason = reason
        }
    }

    /// Feeds and pictures downloaded and stored.
    public var fetched: Int
    /// Bytes of what was downloaded and stored.
    public var fetchedBytes: Int
    /// Feeds the server said were unchanged, and pictures already in the store.
    public var unchanged: Int
    /// Addresses that failed, in the order they were tried.
    public var failures: [Failure]
    /// Warnings about the site's files (settings, the store's record, the fetch state).
    public var diagnostics: [Diagnostic]

    /// Creates a report.
    public init(fetched: Int = 0, fetchedBytes: Int = 0, unchanged: Int = 0, failures: [Failure] = [], diagnostics: [Diagnostic] = []) {
        self.fetched = fetched
        self.fetchedBytes = fetchedBytes
        self.unchanged = unchanged
        self.failures = failures
        self.diagnostics = diagnostics
    }
}
