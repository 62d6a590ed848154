import ArticleModel
import Foundation

/// What `broadsheet check` found.
public struct CheckReport: Sendable {
    /// What became of epubcheck.
    public enum Epubcheck: Hashable, Sendable {
        /// Not installed (nor `java` to run its jar).
        case notInstalled
        /// Not asked for (`--no-epubcheck`), or there was no book.
        case skipped
        /// Run on every book; how many it failed.
        case ran(books: Int, failed: Int)
    }

    /// The output folder checked.
    public var output: URL
    /// Files in it.
    public var files: Int
    /// Web pages among them.
    public var pages: Int
    /// Addresses in pages and stylesheets that were followed.
    public var links: Int
    /// Feeds and other data files parsed (XML and JSON).
    public var feeds: Int
    /// EPUB books among them.
    public var books: Int
    /// What became of epubcheck.
    public var epubcheck: Epubcheck
    /// The problems, sorted by file and line.
    public var diagnostics: [Diagnostic]

    /// Creates a report.
    public init(output: URL, files: Int, pages: Int, links: Int, feeds: Int, books: Int, epubcheck: Epubcheck, diagnostics: [Diagnostic]) {
        self.output = output
        self.files = files
        self.pages = pages
        self.links = links
        self.feeds = feeds
        self.books = books
        self.epubcheck = epubcheck
        self.diagnostics = diagnostics
    }
}
