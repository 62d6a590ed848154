/// What the pages link to beside the site's own pages, known before the site is built: the
/// files `static/` adds (a favicon; a `robots.txt` of the site's own, which replaces the default
/// one) and the book and the digest, with their sizes.
public struct SiteExtras: Hashable, Sendable {
    /// A file readers can download, linked from every page's footer with its size.
    public struct Download: Hashable, Sendable {
        /// Its path in the output: `book.epub`.
        public var path: String
        /// Its size in bytes.
        public var bytes: Int

        /// Creates a download.
        public init(path: String, bytes: Int) {
            self.path = path
            self.bytes = bytes
        }
    }

    /// The paths the site's `static/` folder adds to the output: `favicon.svg`, `robots.txt`.
    public var staticFiles: Set<String>
    /// The EPUB book, when it is built.
    public var book: Download?
    /// The single-file HTML digest, when it is built.
    public var digest: Download?

    /// Creates the extras; by default there are none.
    public init(staticFiles: Set<String> = [], book: Download? = nil, digest: Download? = nil) {
        self.staticFiles = staticFiles
        self.book = book
        self.digest = digest
    }

    /// The favicons a site may have in `static/`, most preferred first, with their media types.
    static let favicons: [(file: String, type: String)] = [
        ("favicon.svg", "image/svg+xml"), ("favicon.png", "image/png"), ("favicon.ico", "image/x-icon"),
    ]
}
