import Foundation

/// What `broadsheet fetch` is to download for: a site folder, with how to say who it is and
/// where to report progress.
public struct FetchRequest: Sendable {
    /// The site folder (with `site.yml`).
    public var site: URL
    /// A theme folder laid over the built-in theme, as `build --layouts` takes; nil for none.
    /// The site is read as `build` reads it.
    public var layouts: URL?
    /// Broadsheet's version, for the `User-Agent`.
    public var version: String
    /// Seconds between two requests to the same host.
    public var hostPause: Double
    /// Called as downloads finish, one call at a time, from any thread.
    public var progress: (@Sendable (FetchProgress) -> Void)?

    /// Creates a request; `hostPause` is a quarter of a second unless given.
    public init(site: URL, layouts: URL? = nil, version: String, hostPause: Double = 0.25,
                progress: (@Sendable (FetchProgress) -> Void)? = nil) {
        self.site = site
        self.layouts = layouts
        self.version = version
        self.hostPause = hostPause
        self.progress = progress
    }
}
