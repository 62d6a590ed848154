import ArticleModel
import MarkupTree

/// The HTML of one article as both the EPUB chapter and the digest show it: headline,
/// byline, date (none for an undated article), tags, body and the link to the original.
/// Well-formed XHTML.
enum ArticleMarkup {
    /// The `<article>` element for `entry`, its headline at `headingLevel` (1 to 6), its stored
    /// pictures shown through `pictures` (by store file name; see ``PictureMarkup``).
    static func html(_ entry: BookEntry, defaultAuthor: String?, headingLevel: Int,
                     pictures: [String: PictureReference]) -> String {
        let article = entry.article
        let level = min(max(headingLevel, 1), 6)
        let h = "h\(level)"
        var out = "<article class=\"article\" id=\"\(attr(entry.anchor))\">\n<header class=\"article-header\">\n"
        out += "<\(h) class=\"article-title\">\(text(entry.headline))</\(h)>\n"
        if let author = (article.author ?? defaultAuthor)?.trimmingWhitespaceAndNewlines, !author.isEmpty {
            out += "<p class=\"byline\">By \(text(author))</p>\n"
        }
        out += "<p class=\"dateline\">\(dateline(article.date))\(entry.readingMinutes) min read</p>\n"
        out += tagList(article.tags)
        let nodes = PictureMarkup.body(entry, references: pictures)
        let body = MarkupSerializer.html(headings(nodes, below: level)).removingNonXMLCharacters
        out += "</header>\n<div class=\"article-body\">\n\(body)\n</div>\n"
        out += sourceLink(article.source)
        return out + "</article>\n"
    }

    /// `<time datetime="2024-06-28">28 June 2024</time> · `, or nothing for an undated article.
    private static func dateline(_ date: ArticleDate?) -> String {
        guard let date else { return "" }
        return "<time datetime=\"\(DateText.isoDay(date))\">\(DateText.day(date))</time> · "
    }

    private static func tagList(_ tags: [Tag]) -> String {
        guard !tags.isEmpty else { return "" }
        let items = tags.map { "<li>\(text($0.name))</li>" }.joined()
        return "<ul class=\"tags\" aria-label=\"Tags\">\(items)</ul>\n"
    }

    private static func sourceLink(_ source: String?) -> String {
        guard let url = source.flatMap({ WebAddress.absolute($0) }) else { return "" }
        return "<footer class=\"article-footer\"><p class=\"source\">Original article: "
            + "<a href=\"\(attr(url))\">\(text(url))</a></p></footer>\n"
    }
}
