import ArticleModel
import EbookBundle
import Foundation
import MarkupTree
import Testing

@Suite("EPUB navigation")
struct EPUBNavigationTests {
    let book: EPUBContents

    init() throws {
        book = try EPUBContents(EPUBBuilder.epub(SampleArticles.all, config: SampleArticles.config,
                                                 stylesheet: "", modified: SampleArticles.modified))
    }

    /// `label -> href` for each link of a nested list, months holding their articles.
    func outline(_ list: MarkupElement?) -> [String] {
        (list?.children("li") ?? []).flatMap { item -> [String] in
            let link = item.child("a")
            let own = "\(link?.textContent ?? "?") -> \(link?.attribute("href") ?? "?")"
            return [own] + outline(item.child("ol")).map { "  " + $0 }
        }
    }

    @Test("the EPUB 3 contents nest articles under their months, newest first")
    func toc() throws {
        let root = try #require(MarkupParser.xml(book.files["OEBPS/nav.xhtml"] ?? Data()).root)
        let navs = root.child("body")?.children("nav") ?? []
        #expect(navs.map { $0.attribute("type") } == ["toc", "landmarks"])
        #expect(outline(navs.first?.child("ol")) == [
            "The Harbour Gazette -> title.xhtml",
            "June 2024 -> month-2024-06.xhtml",
            "  Ferry timetable: Tom & Jerry <return> -> chapter-001.xhtml",
            "  Tide tables for the week -> chapter-002.xhtml",
            "May 2024 -> month-2024-05.xhtml",
            "  北の港: crab season opens -> chapter-003.xhtml",
            "  Market day -> chapter-004.xhtml",
            "April 2024 -> month-2024-04.xhtml",
            "  Quay repairs finished -> chapter-005.xhtml",
        ])
        #expect(outline(navs.last?.child("ol")) == [
            "Cover -> cover.xhtml", "Title page -> title.xhtml", "Contents -> nav.xhtml#toc",
            "Articles -> month-2024-06.xhtml",
        ])
    }

    @Test("the NCX has the book's identifier and the same tree in play order")
    func ncx() throws {
        let root = try #require(MarkupParser.xml(book.files["OEBPS/toc.ncx"] ?? Data()).root)
        let uid = root.child("head")?.children("meta").first { $0.attribute("name") == "dtb:uid" }
        let opf = book.package()?.child("metadata")?.child("identifier")?.textContent
        #expect(uid?.attribute("content") == opf)
        var points: [String] = []
        func walk(_ e: MarkupElement, depth: Int) {
            for point in e.children("navPoint") {
                let label = point.child("navLabel")?.child("text")?.textContent ?? "?"
                let order = point.attribute("playOrder") ?? "?"
                points.append(String(repeating: "  ", count: depth) + "\(order) \(label)")
                walk(point, depth: depth + 1)
            }
        }
        walk(try #require(root.child("navMap")), depth: 0)
        #expect(points == [
            "1 The Harbour Gazette", "2 June 2024", "  3 Ferry timetable: Tom & Jerry <return>",
            "  4 Tide tables for the week", "5 May 2024", "  6 北の港: crab season opens", "  7 Market day",
            "8 April 2024", "  9 Quay repairs finished",
        ])
    }

    @Test("each chapter has headline, byline, date, tags and the source link")
    func chapterMetadata() {
        let ferry = book.text("OEBPS/chapter-001.xhtml")
        #expect(ferry.contains("<h1 class=\"article-title\">Ferry timetable: Tom &amp; Jerry &lt;return&gt;</h1>"))
        #expect(ferry.contains("<p class=\"byline\">By Zoë Ångström</p>"))
        #expect(ferry.contains("<time datetime=\"2024-06-28\">28 June 2024</time>"))
        #expect(ferry.contains("<li>Transport</li><li>Timetables</li>"))
        #expect(ferry.contains("<a href=\"https://gazette.example/news/2024/ferry\">"))
        #expect(ferry.contains("<h2 id=\"article-2024-ferry-timetable-tom-jerry-return--fares\">Fares</h2>"))
        let tide = book.text("OEBPS/chapter-002.xhtml")
        #expect(tide.contains("<p class=\"byline\">By Gazette Staff</p>"), "the site's author stands in")
    }
}
