import ArticleModel
import EbookBundle
import Foundation
import MarkupTree
import Testing

@Suite("EPUB container and package")
struct EPUBContainerTests {
    let data: Data
    let book: EPUBContents

    init() throws {
        data = try EPUBBuilder.epub(SampleArticles.all, config: SampleArticles.config,
                                    stylesheet: SampleArticles.stylesheet, modified: SampleArticles.modified)
        book = try EPUBContents(data)
    }

    @Test("mimetype is the first entry, stored, with no extra field")
    func mimetypeFirst() throws {
        let bytes = [UInt8](data.prefix(128))
        func le16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        #expect(bytes[0..<4] == [0x50, 0x4B, 0x03, 0x04], "local file header at offset 0")
        #expect(le16(8) == 0, "compression method: stored")
        let nameLength = le16(26)
        #expect(nameLength == 8)
        #expect(le16(28) == 0, "extra field length")
        #expect(String(decoding: bytes[30..<(30 + nameLength)], as: UTF8.self) == "mimetype")
        let content = bytes[(30 + nameLength)..<(30 + nameLength + 20)]
        #expect(String(decoding: content, as: UTF8.self) == "application/epub+zip")
        #expect(book.paths.first == "mimetype")
    }

    @Test("container.xml points at the package document")
    func container() throws {
        let root = try #require(MarkupParser.xml(book.files["META-INF/container.xml"] ?? Data()).root)
        let rootfile = root.child("rootfiles")?.child("rootfile")
        #expect(rootfile?.attribute("full-path") == "OEBPS/content.opf")
        #expect(rootfile?.attribute("media-type") == "application/oebps-package+xml")
    }

    @Test("the manifest lists exactly the content files")
    func manifestComplete() {
        let manifested = Set(book.manifest().map { "OEBPS/" + $0.href })
        let content = Set(book.paths).subtracting(["mimetype", "META-INF/container.xml", "OEBPS/content.opf"])
        #expect(manifested == content)
        #expect(book.manifest().count == manifested.count, "no duplicate manifest entries")
    }

    @Test("the spine reads cover, title, contents, then months and articles newest first")
    func spineOrder() {
        let hrefs = Dictionary(uniqueKeysWithValues: book.manifest().map { ($0.id, $0.href) })
        let spine = book.spine().map { hrefs[$0] ?? "?" }
        #expect(spine == [
            "cover.xhtml", "title.xhtml", "nav.xhtml",
            "month-2024-06.xhtml", "chapter-001.xhtml", "chapter-002.xhtml",
            "month-2024-05.xhtml", "chapter-003.xhtml", "chapter-004.xhtml",
            "month-2024-04.xhtml", "chapter-005.xhtml",
        ])
        let titles = (1...5).map { n in
            MarkupParser.xml(book.files["OEBPS/chapter-00\(n).xhtml"] ?? Data()).root?.child("head")?.child("title")?.textContent
        }
        #expect(titles == ["Ferry timetable: Tom & Jerry <return>", "Tide tables for the week",
                           "北の港: crab season opens", "Market day", "Quay repairs finished"])
        #expect(book.package()?.child("spine")?.attribute("toc") == "ncx")
    }

    @Test("the package metadata has identifier, title, language, creator, dates")
    func metadata() throws {
        let opf = book.text("OEBPS/content.opf")
        #expect(opf.contains("<dc:identifier id=\"book-id\">urn:uuid:"))
        #expect(opf.contains("<dc:title>The Harbour Gazette</dc:title>"))
        #expect(opf.contains("<dc:language>en</dc:language>"))
        #expect(opf.contains("<dc:creator>Gazette Staff</dc:creator>"))
        #expect(opf.contains("<dc:date>2024-06-28</dc:date>"))
        #expect(opf.contains("<meta property=\"dcterms:modified\">2024-06-30T18:05:09Z</meta>"))
        #expect(opf.contains("properties=\"nav\""))
    }

    @Test("every XML file parses without problems")
    func wellFormed() {
        for path in book.paths where path.hasSuffix(".xhtml") || path.hasSuffix(".xml") || path.hasSuffix(".opf")
            || path.hasSuffix(".ncx") {
            let result = MarkupParser.xml(book.files[path]!)
            #expect(result.root != nil, "\(path) has no root")
            #expect(result.problems.isEmpty, "\(path): \(result.problems)")
        }
    }

    @Test("every XHTML file declares XML, the doctype, both namespaces and both language attributes")
    func xhtmlHeaders() {
        for path in book.paths where path.hasSuffix(".xhtml") {
            let text = book.text(path)
            #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n"), "\(path)")
            #expect(text.contains("xmlns=\"http://www.w3.org/1999/xhtml\""), "\(path)")
            #expect(text.contains("xmlns:epub=\"http://www.idpf.org/2007/ops\""), "\(path)")
            #expect(text.contains("xml:lang=\"en\" lang=\"en\""), "\(path)")
        }
    }

    @Test("no image, frame or remote resource is left in any page")
    func noRemoteResources() {
        for path in book.paths where path.hasSuffix(".xhtml") {
            let text = book.text(path)
            #expect(!text.contains("<img"), "\(path)")
            #expect(!text.contains("<iframe"), "\(path)")
            #expect(!text.contains("src=\"http"), "\(path)")
        }
        let ferry = book.text("OEBPS/chapter-001.xhtml")
        #expect(ferry.contains("[Image: The ferry at dawn] (<a href=\"https://cdn.example/ferry.jpg\">view image</a>)"))
    }
}

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
