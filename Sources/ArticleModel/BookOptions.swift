/// Settings for the e-book and the digest.
public struct BookOptions: Hashable, Sendable {
    /// Whether to write `book.epub` and `digest.html` at all.
    public var enabled: Bool
    /// The book's title; empty means the site's title.
    public var title: String
    /// The book's author or publisher; nil means the site's author.
    public var author: String?
    /// A stable identifier for the book; empty means one derived from the site's title and base URL.
    public var identifier: String
    /// At most this many articles, newest first; 0 means all.
    public var limit: Int

    /// Creates book settings.
    public init(enabled: Bool = true, title: String = "", author: String? = nil, identifier: String = "", limit: Int = 0) {
        self.enabled = enabled
        self.title = title
        self.author = author
        self.identifier = identifier
        self.limit = max(0, limit)
    }
}
