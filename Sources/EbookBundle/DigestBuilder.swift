import ArticleModel
import Foundation

/// Builds the digest: one self-contained HTML5 file with every article, for reading offline
/// in any browser, on a phone or an e-reader.
///
/// The file has an inline stylesheet, a header with the title and date range, a table of
/// contents grouped by month (undated articles last, in their own section), and every article
/// with its metadata. It makes no request of
/// any kind: no scripts, no external stylesheets or fonts, and images become their alt text
/// and a link.
///
/// ```swift
/// let page = DigestBuilder.html(articles, config: config, stylesheet: css)
/// ```
public enum DigestBuilder {
    /// The digest's HTML. `stylesheet` is the CSS text to inline (the pipeline reads it from
    /// `Layouts/book/digest.css`). Articles may come in any order; `config.book` sets the
    /// title, author and article limit.
    public static func html(_ articles: [RenderedArticle], config: SiteConfig, stylesheet: String) -> String {
        html(BookPlan(articles, config: config), config: config, stylesheet: stylesheet)
    }

    /// The digest of an already planned book.
    static func html(_ plan: BookPlan, config: SiteConfig, stylesheet: String) -> String {
        var out = head(plan, stylesheet: stylesheet)
        out += header(plan) + contents(plan) + "<main class=\"digest-articles\">\n"
        for group in plan.groups {
            out += "<section class=\"digest-month\" id=\"\(attr(group.anchor))\">\n<h2>\(text(group.label))</h2>\n"
            for entry in group.entries {
                out += ArticleMarkup.html(entry, defaultAuthor: config.author, headingLevel: 3)
                out += "<p class=\"back-to-contents\"><a href=\"#contents\">Back to contents</a></p>\n"
            }
            out += "</section>\n"
        }
        return out + "</main>\n</body>\n</html>\n"
    }

    private static func head(_ plan: BookPlan, stylesheet: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(attr(plan.language))">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="color-scheme" content="light dark">
        <title>\(text(plan.title))</title>
        <style>
        \(inlineCSS(stylesheet))
        </style>
        </head>
        <body>

        """
    }

    private static func header(_ plan: BookPlan) -> String {
        var out = "<header class=\"digest-header\">\n<h1>\(text(plan.title))</h1>\n"
        if !plan.description.isEmpty { out += "<p class=\"digest-description\">\(text(plan.description))</p>\n" }
        if !plan.dateRange.isEmpty { out += "<p class=\"digest-dates\">\(text(plan.dateRange))</p>\n" }
        let count = plan.entries.count
        out += "<p class=\"digest-count\">\(count) \(count == 1 ? "article" : "articles")</p>\n"
        return out + "</header>\n"
    }

    private static func contents(_ plan: BookPlan) -> String {
        var out = "<nav class=\"digest-contents\" id=\"contents\" aria-label=\"Contents\">\n<h2>Contents</h2>\n<ol>\n"
        for group in plan.groups {
            out += "<li><a href=\"#\(attr(group.anchor))\">\(text(group.label))</a>\n<ol>\n"
            for entry in group.entries {
                out += "<li><a href=\"#\(attr(entry.anchor))\">\(text(entry.headline))</a></li>\n"
            }
            out += "</ol>\n</li>\n"
        }
        return out + "</ol>\n</nav>\n"
    }

    /// The CSS made safe inside `<style>`: every `<` written as the CSS escape `\3c `, so no
    /// `</style` can end the element early. (`<` is only valid in CSS strings and comments.)
    private static func inlineCSS(_ css: String) -> String {
        css.removingNonXMLCharacters.replacingOccurrences(of: "<", with: "\\3c ")
    }
}
