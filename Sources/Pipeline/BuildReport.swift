import ArticleModel
import Foundation

/// What a build did, for the one-line summary and the diagnostics list.
public struct BuildReport: Sendable {
    /// Articles published.
    public var articles: Int
    /// Of those, articles marked `draft: true`, published because the request asked for drafts.
    public var drafts: Int
    /// Web pages the site has (not counting `digest.html` or static files).
    public var pages: Int
    /// All files of the output (not counting its marker).
    public var files: Int
    /// How many of them were written or were already there, and how many old ones went.
    public var changes: OutputChanges
    /// Size of `book.epub` in bytes (0 when no book was made).
    public var bookBytes: Int
    /// The output folder.
    public var output: URL
    /// Everything worth telling, in the order found.
    public var diagnostics: [Diagnostic]
    /// Seconds spent in each step of ``Pipeline/build(_:)``, in order.
    public var timings: [(step: String, seconds: Double)]
    /// What the build cache did: nothing changed, or how many articles were converted and
    /// rendered again and how many were reused.
    public var cache: CacheTally

    /// Creates a report.
    public init(articles: Int, drafts: Int = 0, pages: Int, files: Int, changes: OutputChanges = OutputChanges(), bookBytes: Int,
                output: URL, diagnostics: [Diagnostic], timings: [(step: String, seconds: Double)] = [], cache: CacheTally = CacheTally()) {
        self.articles = articles
        self.drafts = drafts
        self.pages = pages
        self.files = files
        self.changes = changes
        self.bookBytes = bookBytes
        self.output = output
        self.diagnostics = diagnostics
        self.timings = timings
        self.cache = cache
    }
}
