import ArticleModel

/// What ``SiteBuilder/build(_:config:layouts:)`` makes: the site's files, sorted by path, and
/// what the user should know about the build.
public struct SiteBuildResult: Sendable {
    /// Every output file, sorted by path; every path is safe (``OutputFile/hasSafePath``).
    public var files: [OutputFile]
    /// Notes and warnings, such as a skipped sitemap or an asset with an unsafe name.
    public var diagnostics: [Diagnostic]

    /// Creates a result.
    public init(files: [OutputFile], diagnostics: [Diagnostic]) {
        self.files = files
        self.diagnostics = diagnostics
    }
}
