import ArticleModel

/// What ``SiteChecker`` looked at and found.
public struct SiteCheckResult: Sendable {
    /// Web pages read.
    public var pages: Int
    /// Addresses followed, in pages and stylesheets.
    public var references: Int
    /// Feeds and other data files parsed (XML and JSON).
    public var feeds: Int
    /// The problems, sorted by file, then line.
    public var problems: [Diagnostic]

    /// Creates a result.
    public init(pages: Int, references: Int, feeds: Int, problems: [Diagnostic]) {
        self.pages = pages
        self.references = references
        self.feeds = feeds
        self.problems = problems
    }
}
