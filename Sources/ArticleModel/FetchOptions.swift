/// Settings for `broadsheet fetch`, from the `fetch:` section of `site.yml`. `build` never
/// reads them: it never touches the network.
///
/// ```yaml
/// fetch:
///   max_file_size: 20MB     # a bigger file is not kept, and stops downloading at once
///   max_total_size: 500MB   # for all files of one run together
///   timeout: 20             # seconds to connect or to wait for the next bytes
///   transfer_timeout: 60    # seconds for one whole file
///   concurrency: 4          # requests at once (one per host at a time)
/// ```
public struct FetchOptions: Hashable, Sendable {
    /// The largest file kept, in bytes.
    public var maxFileSize: ByteSize
    /// The most bytes one run downloads in all.
    public var maxTotalSize: ByteSize
    /// Seconds allowed to connect, and to wait for the next bytes of a response.
    public var timeout: Double
    /// Seconds allowed for one whole transfer, redirects included.
    public var transferTimeout: Double
    /// Requests running at once, over all hosts (never more than one per host).
    public var concurrency: Int

    /// The defaults: 20 MB a file, 500 MB in all, 20 s, 60 s for a whole file, 4 at once.
    public init(maxFileSize: ByteSize = ByteSize(20 << 20), maxTotalSize: ByteSize = ByteSize(500 << 20),
                timeout: Double = 20, transferTimeout: Double = 60, concurrency: Int = 4) {
        self.maxFileSize = maxFileSize
        self.maxTotalSize = maxTotalSize
        self.timeout = timeout
        self.transferTimeout = transferTimeout
        self.concurrency = concurrency
    }
}
