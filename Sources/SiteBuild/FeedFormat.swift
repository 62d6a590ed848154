/// The three feed formats the site is published in, each for the whole site (`feed.xml`,
/// `rss.xml`, `feed.json`) and for each tag (`tags/SLUG/feed.xml`, …), with the same entries.
enum FeedFormat: CaseIterable, Sendable {
    /// Atom 1.0 (RFC 4287), from `feed.mustache`.
    case atom
    /// RSS 2.0, from `rss.mustache`.
    case rss
    /// JSON Feed 1.1, written by ``JSONFeed``.
    case json

    /// The file's name in the feed's folder.
    var fileName: String {
        switch self {
        case .atom: return "feed.xml"
        case .rss: return "rss.xml"
        case .json: return "feed.json"
        }
    }

    /// The media type, for `<link rel="alternate" type="…">`.
    var mediaType: String {
        switch self {
        case .atom: return "application/atom+xml"
        case .rss: return "application/rss+xml"
        case .json: return "application/feed+json"
        }
    }

    /// The format's name, added to the feed's title in autodiscovery links: `Atom`, `RSS`, `JSON Feed`.
    var name: String {
        switch self {
        case .atom: return "Atom"
        case .rss: return "RSS"
        case .json: return "JSON Feed"
        }
    }
}
