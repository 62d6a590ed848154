/// What an importer read from one input file: the channel's metadata and its entries.
public struct Feed: Hashable, Sendable {
    /// The format the file was recognised as.
    public var format: FeedFormat
    /// The channel's title, if it has one.
    public var title: String?
    /// The channel's web address, if any.
    public var link: String?
    /// The channel's description, as plain text, if any.
    public var description: String?
    /// The channel's language code, such as `en-US`, if any.
    public var language: String?
    /// When the channel was last built or updated, if it says.
    public var updated: ArticleDate?
    /// The items that could be read, in file order.
    public var entries: [FeedEntry]

    /// Creates a feed.
    public init(format: FeedFormat, title: String? = nil, link: String? = nil, description: String? = nil,
                language: String? = nil, updated: ArticleDate? = nil, entries: [FeedEntry] = []) {
        self.format = format
        self.title = title
        self.link = link
        self.description = description
        self.language = language
        self.updated = updated
        self.entries = entries
    }
}

/// The input formats Broadsheet recognises, detected from content rather than file names.
public enum FeedFormat: String, Hashable, Sendable, CaseIterable {
    /// RSS 2.0 (and 0.9x).
    case rss
    /// RSS 1.0 (RDF).
    case rdf
    /// Atom 1.0.
    case atom
    /// JSON Feed 1.x.
    case jsonFeed = "json-feed"
    /// A WordPress eXtended RSS export.
    case wordpress
    /// A feed whose XML tags were stripped, leaving its text (see the README).
    case flattenedText = "flattened-text"
    /// A single HTML document.
    case html
}
