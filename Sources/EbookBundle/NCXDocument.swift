/// The EPUB 2 table of contents (`toc.ncx`), for older readers: the same tree as the EPUB 3
/// navigation, numbered in reading order.
enum NCXDocument {
    /// The whole `toc.ncx`.
    static func document(_ plan: BookPlan) -> String {
        var order = 1
        var points = navPoint(label: plan.title, source: EPUBLayout.titlePage, order: order, children: "")
        for group in plan.groups {
            order += 1
            let monthOrder = order
            var children = ""
            for entry in group.entries {
                order += 1
                children += navPoint(label: entry.headline, source: entry.fileName, order: order, children: "")
            }
            points += navPoint(label: group.label, source: group.fileName, order: monthOrder, children: children)
        }
        return """
        <?xml version="1.0" encoding="UTF-8"?>
        <ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1" xml:lang="\(attr(plan.language))">
        <head>
        <meta name="dtb:uid" content="\(attr(plan.identifier))" />
        <meta name="dtb:depth" content="\(plan.groups.isEmpty ? 1 : 2)" />
        <meta name="dtb:totalPageCount" content="0" />
        <meta name="dtb:maxPageNumber" content="0" />
        </head>
        <docTitle><text>\(text(plan.title))</text></docTitle>
        <docAuthor><text>\(text(plan.author))</text></docAuthor>
        <navMap>
        \(points)</navMap>
        </ncx>

        """
    }

    /// One `navPoint` at position `order` in reading order, with its nested points.
    private static func navPoint(label: String, source: String, order: Int, children: String) -> String {
        "<navPoint id=\"nav-\(order)\" playOrder=\"\(order)\">"
            + "<navLabel><text>\(text(label))</text></navLabel><content src=\"\(attr(source))\" />\n"
            + children + "</navPoint>\n"
    }
}
