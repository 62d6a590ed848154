import Foundation
import MarkupTree
import SiteCheck

/// What the tests need to know about a rendered HTML page: its links, headings and head.
struct PageLinks {
    /// The page's path in the output.
    let path: String
    /// Every `href` and `src` on the page, in the head and the body, as written.
    let links: [String]
    /// How many `h1` elements the body has.
    let headingCount: Int

    init(path: String, html: String) {
        self.path = path
        let body = MarkupParser.html(html)
        var links: [String] = []
        var headings = 0
        Self.walk(body) { element in
            if element.name == "h1" { headings += 1 }
            for name in ["href", "src"] { if let value = element.attribute(name) { links.append(value) } }
        }
        // MarkupParser gives the body only; the head's links are found by scanning its text.
        let head = html.components(separatedBy: "<body").first ?? ""
        for piece in head.components(separatedBy: "href=\"").dropFirst() {
            links.append(String(piece.prefix { $0 != "\"" }).replacingOccurrences(of: "&amp;", with: "&"))
        }
        self.links = links
        headingCount = headings
    }

    /// Internal links: those that lead into the output, or try to (root-absolute, climbing out),
    /// as `broadsheet check` reads them (``LinkTarget``), less bare fragments.
    var internalLinks: [String] {
        links.filter { !$0.hasPrefix("#") && LinkTarget($0, from: path) != .external }
    }

    private static func walk(_ element: MarkupElement, _ visit: (MarkupElement) -> Void) {
        visit(element)
        for child in element.childElements { walk(child, visit) }
    }
}
