import ArticleModel
import Foundation

extension PageRenderer {
    /// How many of the newest articles the Atom feed carries, with their full content.
    static let feedSize = 20

    /// `feed.xml`, Atom 1.0. With a base URL, links and ids are absolute; without one, links
    /// are relative to the feed (readers resolve them against the feed's own address) and
    /// ids are `urn:` names made from each article's key. Undated articles are left out: Atom
    /// needs a date for every entry, and an undated article has none to give.
    func atomFeed() throws -> OutputFile {
        let newest = Array(archive.articles.indices.filter { !archive.articles[$0].article.isUndated }.prefix(Self.feedSize))
        let updated = newest.compactMap { Self.lastChange(archive.articles[$0].article) }.max()
        let feed: [String: Any] = [
            "id": absolute(SitePaths.feed) ?? "urn:broadsheet:site:" + Slug(config.title).value,
            "title": config.title.removingNonXMLCharacters,
            "subtitle": Absent.unlessEmpty(config.description.removingNonXMLCharacters),
            "language": config.language,
            "author": (config.author ?? config.title).removingNonXMLCharacters,
            "updated": updated?.iso8601 ?? "1970-01-01T00:00:00+00:00",
            "selfURL": absolute(SitePaths.feed) ?? SitePaths.feed,
            "siteURL": absolute(SitePaths.index) ?? SitePaths.index,
        ]
        let text = try render("feed", for: SitePaths.feed, ["feed": feed, "entries": newest.map(feedEntry)])
        return OutputFile(path: SitePaths.feed, text: text)
    }

    /// `sitemap.xml` listing `pages` (HTML paths), or nil without a base URL: sitemaps need
    /// absolute addresses. An article's or standalone page's `lastmod` is its update date, else
    /// its date; an undated one that was never updated has none.
    func sitemap(pages: [String]) throws -> OutputFile? {
        guard !config.baseURL.isEmpty else { return nil }
        var lastModified: [String: String] = [:]
        for item in archive.articles + archive.pages {
            guard let changed = item.article.updated ?? item.article.date else { continue }
            lastModified[SitePaths.article(item.article)] = changed.iso8601
        }
        let urls = pages.map { path -> [String: Any] in
            ["loc": absolute(path) ?? path, "lastmod": lastModified[path] ?? Absent.value]
        }
        let text = try render("sitemap", for: SitePaths.sitemap, ["urls": urls])
        return OutputFile(path: SitePaths.sitemap, text: text)
    }

    private func feedEntry(_ position: Int) -> [String: Any] {
        let item = archive.articles[position]
        let article = item.article
        let path = SitePaths.article(article)
        return [
            "id": Self.isURI(article.id) ? article.id : absolute(path) ?? Self.urn(article.key),
            "title": article.title.removingNonXMLCharacters,
            "url": absolute(path) ?? path,
            "published": article.date.map(\.iso8601) ?? Absent.value,
            "updated": Self.lastChange(article).map(\.iso8601) ?? Absent.value,
            "author": Absent.unlessEmpty(article.author.map(\.removingNonXMLCharacters)),
            "tags": article.tags.map { ["name": $0.name.removingNonXMLCharacters, "slug": $0.slug.value] },
            // Plain text, escaped once more for `type="html"`: a reader that wrongly treats a
            // summary as markup still shows `<script>` in an article's text as text.
            "summary": Self.escapedAsHTML(summaries[position].removingNonXMLCharacters),
            "content": feedContent(item).removingNonXMLCharacters,
        ]
    }

    /// The article's HTML for the feed: with a base URL, its stored pictures at their absolute
    /// addresses on this site; without one, as it is, with the original addresses (a feed is
    /// read elsewhere, where a relative `media/` link would not resolve).
    private func feedContent(_ item: RenderedArticle) -> String {
        guard let media = absolute(SitePaths.mediaFolder) else { return item.html.html }
        return StoredImages.linked(item.html.html, images: item.images, prefix: media)
    }

    /// When the article last changed: its update date, never before its publication date;
    /// nil for an undated article never updated.
    static func lastChange(_ article: Article) -> ArticleDate? {
        guard let date = article.date else { return article.updated }
        guard let updated = article.updated, updated > date else { return date }
        return updated
    }

    /// The absolute address of `path` below the base URL (folders without `index.html`,
    /// non-ASCII percent-encoded), or nil when the site has no base URL.
    func absolute(_ path: String) -> String? {
        guard !config.baseURL.isEmpty else { return nil }
        let base = config.baseURL.hasSuffix("/") ? config.baseURL : config.baseURL + "/"
        let pretty = SitePaths.pretty(path)
        return base + (pretty.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? pretty)
    }

    /// `urn:broadsheet:article:2024:slug`, non-ASCII percent-encoded.
    static func urn(_ key: String) -> String {
        let encoded = key.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? key
        return "urn:broadsheet:article:" + encoded.replacingOccurrences(of: "/", with: ":")
    }

    /// Whether `text` looks like an absolute URI (`scheme:rest`, no spaces), usable as an Atom id.
    static func isURI(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":"), colon != text.startIndex, !text.contains(" ") else { return false }
        let scheme = text[..<colon]
        return scheme.first!.isASCII && scheme.first!.isLetter
            && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == ".") }
            && text.allSatisfy { $0.isASCII && !$0.isWhitespace && $0 != "<" && $0 != ">" && $0 != "\"" }
    }

    /// `text` with `&`, `<` and `>` written as entities.
    static func escapedAsHTML(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }
}
