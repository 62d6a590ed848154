/// One set of feeds to write, in every ``FeedFormat``: the site's newest articles, or a tag's.
struct FeedSpec: Sendable {
    /// The folder the feeds are written to: `""` for the site's, `tags/economy/` for a tag's.
    let folder: String
    /// The feed's title: the site's, or `Site: Tag` for a tag's.
    let title: String
    /// One line about the feed; empty when there is none.
    let description: String
    /// The page the feed stands for: `index.html`, or the tag's `tags/economy/index.html`.
    let page: String
    /// Positions of its entries in ``SiteArchive/articles``: the newest dated ones, newest first.
    let positions: [Int]
    /// The feed's id when the site has no base URL: `urn:broadsheet:site:SITE`, with `:tag:SLUG` for a tag.
    let urn: String

    /// The link from the feed to its page, which lies in the feed's folder: `index.html`.
    var pageFromFeed: String { String(page.dropFirst(folder.count)) }

    /// The feed's file in `format`: `feed.xml`, `tags/economy/rss.xml`.
    func path(_ format: FeedFormat) -> String { folder + format.fileName }
}
