import ArticleModel
import Foundation

/// Builds the digest: one self-contained HTML5 file with every article, for reading offline
/// in any browser, on a phone or an e-reader.
///
/// The file has an inline stylesheet, a header with the title and date range, a table of
/// contents grouped by month (undated articles last, in their own section; or by tag or feed,
/// as `book.sections` says), and every article with its metadata and links to the articles
/// before and after it. It makes no request of any kind: no scripts, no external stylesheets or
/// fonts, and a Content-Security-Policy that allows none. The stored pictures ``BookMedia``
/// holds for it are embedded as `data:` addresses; other images become their alt text and a
/// link, and the header says how many stored pictures were left out that way.
///
/// ```swift
/// let page = DigestBuilder.html(articles, config: config, stylesheet: css)
/// ```
public enum DigestBuilder {
    /// The digest's HTML. `stylesheet` is the CSS text to inline (the pipeline reads it from
    /// `Layouts/book/digest.css`). Articles may come in any order; `config.book` sets the
    /// title, author and article limit; `media.digest` the pictures to embed.
    public static func html(_ articles: [RenderedArticle], config: SiteConfig, stylesheet: String,
                            media: BookMedia = .none) -> String {
        html(BookPlan(articles, config: config), config: config, stylesheet: stylesheet, media: media)
    }

    /// The digest of an already planned book.
    static func html(_ plan: BookPlan, config: SiteConfig, stylesheet: String, media: BookMedia) -> String {
        String(decoding: data(plan, config: config, stylesheet: stylesheet, media: media), as: UTF8.self)
    }

    /// The same as UTF-8 bytes, written straight into one buffer: a digest of 10,000 articles
    /// is some 80 MB, which should not be held twice.
    static func data(_ plan: BookPlan, config: SiteConfig, stylesheet: String, media: BookMedia) -> Data {
        let pictures = references(plan, media: media)
        let left = plan.entries.flatMap(\.pictureUses).filter { pictures[$0] == nil }.count
        var out = Data()
        func write(_ text: String) { out.append(contentsOf: text.utf8) }
        write(head(plan, stylesheet: stylesheet))
        write(header(plan, picturesLeftOut: left) + contents(plan) + "<main class=\"digest-articles\">\n")
        let entries = plan.entries
        let back = "<p class=\"back-to-contents\"><a href=\"#contents\">\(text(plan.strings.text("back_to_contents")))</a></p>\n"
        let author = config.author
        var first = 0  // the position of the group's first entry
        for group in plan.groups {
            write("<section class=\"digest-month\" id=\"\(attr(group.anchor))\">\n<h2>\(text(group.label))</h2>\n")
            // The articles are written a chunk at a time on every core, in order.
            for start in stride(from: 0, to: group.entries.count, by: articlesPerChunk) {
                let count = min(articlesPerChunk, group.entries.count - start)
                let (base, members) = (first + start, group.entries)
                let chunk = Parallel.map(Array(0..<count)) { offset in
                    let position = base + offset
                    let entry = members[start + offset]
                    let previous = position > 0 ? entries[position - 1] : nil
                    let next = position + 1 < entries.count ? entries[position + 1] : nil
                    let navigation = ArticleNavigation.html(entry, previous: previous, next: next, plan: plan) { "#" + $0.anchor }
                    return ArticleMarkup.html(entry, plan: plan, defaultAuthor: author, headingLevel: 3, pictures: pictures,
                                              xml: false, navigation: navigation) + back
                }
                chunk.forEach(write)
            }
            first += group.entries.count
            write("</section>\n")
        }
        write("</main>\n</body>\n</html>\n")
        return out
    }

    /// A `data:` address for each picture of the book that `media.digest` holds, by store file name.
    private static func references(_ plan: BookPlan, media: BookMedia) -> [String: PictureReference] {
        var out: [String: PictureReference] = [:]
        for name in plan.entries.flatMap(\.pictureUses) where out[name] == nil {
            guard let picture = media.digest[name], !picture.data.isEmpty else { continue }
            out[name] = PictureReference(src: "data:\(picture.format.mediaType);base64," + picture.data.base64EncodedString(),
                                         width: picture.width, height: picture.height)
        }
        return out
    }

    /// How many articles are written together.
    static let articlesPerChunk = 256

    /// The page's policy: nothing may be loaded but the inline stylesheet and `data:` pictures.
    static let contentSecurityPolicy = "default-src 'none'; img-src data:; style-src 'unsafe-inline'"

    private static func head(_ plan: BookPlan, stylesheet: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(attr(plan.language))"\(plan.direction == .rtl ? " dir=\"rtl\"" : "")>
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="\(contentSecurityPolicy)">
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

    private static func header(_ plan: BookPlan, picturesLeftOut: Int) -> String {
        var out = "<header class=\"digest-header\">\n<h1>\(text(plan.title))</h1>\n"
        if !plan.description.isEmpty { out += "<p class=\"digest-description\">\(text(plan.description))</p>\n" }
        if !plan.dateRange.isEmpty { out += "<p class=\"digest-dates\">\(text(plan.dateRange))</p>\n" }
        out += "<p class=\"digest-count\">\(text(plan.strings.text("article_count", count: plan.entries.count)))</p>\n"
        if picturesLeftOut > 0 {
            out += "<p class=\"digest-note\">\(text(plan.strings.text("pictures_left_out", count: picturesLeftOut)))</p>\n"
        }
        return out + "</header>\n"
    }

    private static func contents(_ plan: BookPlan) -> String {
        let contents = plan.strings.text("contents")
        var out = "<nav class=\"digest-contents\" id=\"contents\" aria-label=\"\(attr(contents))\">\n<h2>\(text(contents))</h2>\n<ol>\n"
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
