/// How far a `fetch` has got, for a progress bar.
public struct FetchProgress: Hashable, Sendable {
    /// What is being downloaded: `feeds` or `images`.
    public var phase: String
    /// Addresses finished (fetched, unchanged or failed) in this phase.
    public var done: Int
    /// Addresses to download in this phase.
    public var total: Int
    /// Bytes downloaded so far in the whole run.
    public var bytes: Int

    /// Creates a progress report.
    public init(phase: String, done: Int, total: Int, bytes: Int) {
        self.phase = phase
        self.done = done
        self.total = total
        self.bytes = bytes
    }
}
