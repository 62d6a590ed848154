import ArticleModel
import Foundation

extension PageRenderer {
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

    /// `robots.txt` from `robots.mustache`: every page may be crawled, and the sitemap's
    /// absolute address when there is one. Nil when the site's `static/` has a `robots.txt`
    /// of its own, which is published instead.
    func robots() throws -> OutputFile? {
        guard !extras.staticFiles.contains(SitePaths.robots) else { return nil }
        let text = try render("robots", for: SitePaths.robots, ["sitemapURL": absolute(SitePaths.sitemap) ?? Absent.value])
        return OutputFile(path: SitePaths.robots, text: text)
    }

    /// The article's HTML for the feed: with a base URL, its stored pictures at their absolute
    /// addresses on this site; without one, as it is, with the original addresses (a feed is
    /// read elsewhere, where a relative `media/` link would not resolve).
    func feedContent(_ item: RenderedArticle) -> String {
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

    /// `text` with `&`, `<` and `>` written as entities, in one pass over its bytes (feeds
    /// carry whole bodies).
    static func escapedAsHTML(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") }) else {
            return text
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + text.utf8.count / 8)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): bytes += "&amp;".utf8
            case UInt8(ascii: "<"): bytes += "&lt;".utf8
            case UInt8(ascii: ">"): bytes += "&gt;".utf8
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
