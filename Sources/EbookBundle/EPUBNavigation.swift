/// The EPUB 3 navigation document: the table of contents (sections, then their articles) and
/// the landmarks.
enum EPUBNavigation {
    /// The whole `nav.xhtml`.
    static func document(_ plan: BookPlan) -> String {
        let strings = plan.strings
        var body = "<nav epub:type=\"toc\" id=\"toc\">\n<h1>\(text(strings.text("contents")))</h1>\n<ol>\n"
        body += "<li><a href=\"\(EPUBLayout.titlePage)\">\(text(plan.title))</a></li>\n"
        for group in plan.groups {
            body += "<li><a href=\"\(group.fileName)\">\(text(group.label))</a>\n<ol>\n"
            for entry in group.entries {
                body += "<li><a href=\"\(entry.fileName)\">\(text(entry.headline))</a></li>\n"
            }
            body += "</ol>\n</li>\n"
        }
        body += "</ol>\n</nav>\n" + landmarks(plan)
        return XHTMLDocument.page(title: strings.text("contents"), plan: plan, body: body)
    }

    private static func landmarks(_ plan: BookPlan) -> String {
        let strings = plan.strings
        var items = [
            (EPUBLayout.cover, "cover", strings.text("cover")),
            (EPUBLayout.titlePage, "titlepage", strings.text("title_page")),
            (EPUBLayout.navigation + "#toc", "toc", strings.text("contents")),
        ]
        if let first = plan.groups.first { items.append((first.fileName, "bodymatter", strings.text("articles_landmark"))) }
        let list = items.map { "<li><a epub:type=\"\($0.1)\" href=\"\($0.0)\">\(text($0.2))</a></li>\n" }.joined()
        return "<nav epub:type=\"landmarks\" id=\"landmarks\" hidden=\"hidden\">\n<h2>\(text(strings.text("landmarks")))</h2>\n<ol>\n\(list)</ol>\n</nav>"
    }
}
