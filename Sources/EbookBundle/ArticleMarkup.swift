import ArticleModel
import MarkupTree

/// The HTML of one article as both the EPUB chapter and the digest show it: headline,
/// byline, date (none for an undated article), tags, body and the link to the original, in
/// the book's language; the headline and body of an article in another language are marked
/// with its own `lang` (and `dir` when it runs the other way), the book's own words around
/// them are not. Well-formed XHTML.
enum ArticleMarkup {
    /// The `<article>` element for `entry`, its headline at `headingLevel` (1 to 6), its stored
    /// pictures shown through `pictures` (by store file name; see ``PictureMarkup``), its words
    /// from `plan`'s strings. `xml` adds `xml:lang` beside `lang`, as the EPUB's XHTML wants.
    /// `navigation` (``ArticleNavigation``) ends the article.
    static func html(_ entry: BookEntry, plan: BookPlan, defaultAuthor: String?, headingLevel: Int,
                     pictures: [String: PictureReference], xml: Bool, navigation: String = "") -> String {
        let article = entry.article
        let strings = plan.strings
        let level = min(max(headingLevel, 1), 6)
        let h = "h\(level)"
        let own = languageAttributes(article, plan: plan, xml: xml)
        var out = "<article class=\"article\" id=\"\(attr(entry.anchor))\">\n"
        out += "<header class=\"article-header\">\n<\(h) class=\"article-title\"\(own)>\(text(entry.headline))</\(h)>\n"
        if let author = (article.author ?? defaultAuthor)?.trimmingWhitespaceAndNewlines, !author.isEmpty {
            out += "<p class=\"byline\">\(text(strings.text("byline", ["author": author])))</p>\n"
        }
        out += "<p class=\"dateline\">\(dateline(article.date, strings))\(text(strings.text("reading_time", count: entry.readingMinutes)))</p>\n"
        out += tagList(article.tags, strings)
        let nodes = PictureMarkup.body(entry, references: pictures, strings: strings)
        let body = MarkupSerializer.html(headings(nodes, below: level)).removingNonXMLCharacters
        out += "</header>\n<div class=\"article-body\"\(own)>\n\(body)\n</div>\n"
        out += sourceLink(article.source, strings) + navigation
        return out + "</article>\n"
    }

    /// ` lang="de"` (and ` xml:lang="de"`, and ` dir="rtl"` when the direction differs) for an
    /// article whose own language is not the book's; nothing otherwise.
    static func languageAttributes(_ article: Article, plan: BookPlan, xml: Bool) -> String {
        guard let language = article.language.flatMap(LanguageTag.normalized),
              language.lowercased() != plan.language.lowercased() else { return "" }
        var out = (xml ? " xml:lang=\"\(attr(language))\"" : "") + " lang=\"\(attr(language))\""
        let direction = TextDirection(language: language)
        if direction != plan.direction { out += " dir=\"\(direction.rawValue)\"" }
        return out
    }

    /// `<time datetime="2024-06-28">28 June 2024</time> · `, or nothing for an undated article.
    private static func dateline(_ date: ArticleDate?, _ strings: UIStrings) -> String {
        guard let date else { return "" }
        return "<time datetime=\"\(DateText.isoDay(date))\">\(text(strings.formats.day(date)))</time> · "
    }

    private static func tagList(_ tags: [Tag], _ strings: UIStrings) -> String {
        guard !tags.isEmpty else { return "" }
        let items = tags.map { "<li>\(text($0.name))</li>" }.joined()
        return "<ul class=\"tags\" aria-label=\"\(attr(strings.text("article_tags")))\">\(items)</ul>\n"
    }

    private static func sourceLink(_ source: String?, _ strings: UIStrings) -> String {
        guard let url = source.flatMap({ WebAddress.absolute($0) }) else { return "" }
        return "<footer class=\"article-footer\"><p class=\"source\">\(text(strings.text("original_article"))) "
            + "<a href=\"\(attr(url))\">\(text(url))</a></p></footer>\n"
    }
}
