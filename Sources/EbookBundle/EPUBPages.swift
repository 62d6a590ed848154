/// The generated pages of the EPUB: the text cover, the title page, a page per section (each
/// month, tag or feed, then the articles left over) and a chapter per article.
enum EPUBPages {
    /// The cover: the cover image when the book has one, then title, description, date range
    /// and author in text (for readers that read the page aloud, and the only cover without an
    /// image).
    static func cover(_ plan: BookPlan, image: PictureReference?) -> String {
        var body = "<section class=\"cover\(image == nil ? "" : " cover-with-image")\" epub:type=\"cover\">\n"
        if let image {
            body += "<div class=\"cover-image\"><img src=\"\(attr(image.src))\" alt=\"\(attr(coverDescription(plan)))\" "
                + "width=\"\(image.width)\" height=\"\(image.height)\" /></div>\n"
        }
        body += "<h1 class=\"cover-title\">\(text(plan.title))</h1>\n"
        if !plan.description.isEmpty { body += "<p class=\"cover-subtitle\">\(text(plan.description))</p>\n" }
        if !plan.dateRange.isEmpty { body += "<p class=\"cover-dates\">\(text(plan.dateRange))</p>\n" }
        body += "<p class=\"cover-author\">\(text(plan.author))</p>\n</section>"
        return XHTMLDocument.page(title: plan.title, plan: plan, body: body)
    }

    /// What the cover image shows, as its alt text: `The Harbour Gazette, 3 March 2024 – 28 June 2024`.
    private static func coverDescription(_ plan: BookPlan) -> String {
        plan.dateRange.isEmpty ? plan.title : plan.title + ", " + plan.dateRange
    }

    /// The title page: title, author, date range and the number of articles.
    static func titlePage(_ plan: BookPlan) -> String {
        let count = plan.entries.count
        var body = "<section class=\"title-page\" epub:type=\"titlepage\">\n"
        body += "<h1>\(text(plan.title))</h1>\n<p class=\"title-author\">\(text(plan.author))</p>\n"
        if !plan.dateRange.isEmpty { body += "<p class=\"title-dates\">\(text(plan.dateRange))</p>\n" }
        body += "<p class=\"title-count\">\(text(plan.strings.text("article_count", count: count)))</p>\n</section>"
        return XHTMLDocument.page(title: plan.title, plan: plan, body: body)
    }

    /// A section's page: its name and the list of its articles, each with its day (the
    /// undated section's articles have none). Every section is styled as a month.
    static func section(_ group: BookSection, plan: BookPlan) -> String {
        var body = "<section class=\"month\" epub:type=\"part\">\n<h1>\(text(group.label))</h1>\n<ul class=\"month-contents\">\n"
        for entry in group.entries {
            body += "<li><a href=\"\(attr(entry.fileName))\">\(text(entry.headline))</a>"
            if let date = entry.article.date { body += " <span class=\"month-date\">\(text(plan.strings.formats.day(date)))</span>" }
            body += "</li>\n"
        }
        body += "</ul>\n</section>"
        return XHTMLDocument.page(title: group.label, plan: plan, body: body)
    }

    /// One article's chapter, ending with links to the chapters before and after it.
    static func chapter(_ entry: BookEntry, previous: BookEntry?, next: BookEntry?, plan: BookPlan, defaultAuthor: String?,
                        pictures: [String: PictureReference]) -> String {
        let navigation = ArticleNavigation.html(entry, previous: previous, next: next, plan: plan) { $0.fileName }
        let article = ArticleMarkup.html(entry, plan: plan, defaultAuthor: defaultAuthor, headingLevel: 1, pictures: pictures,
                                         xml: true, navigation: navigation)
        let body = "<section class=\"chapter\" epub:type=\"chapter\">\n\(article)</section>"
        return XHTMLDocument.page(title: entry.headline, plan: plan, body: body)
    }
}
