/// Settings for the site's feeds (`feeds:` in site.yml): Atom, RSS 2.0 and JSON Feed, for the
/// whole site and for each tag.
public struct FeedOptions: Hashable, Sendable {
    /// How many of the newest dated articles each feed carries, with their full text.
    public var entries: Int
    /// Whether each tag gets feeds of its own (`tags/SLUG/feed.xml`, `rss.xml`, `feed.json`).
    public var tags: Bool

    /// The most entries a feed may carry.
    public static let maximumEntries = 1000

    /// Creates feed settings; `entries` is kept between 1 and ``maximumEntries``.
    public init(entries: Int = 20, tags: Bool = true) {
        self.entries = min(max(1, entries), Self.maximumEntries)
        self.tags = tags
    }
}
