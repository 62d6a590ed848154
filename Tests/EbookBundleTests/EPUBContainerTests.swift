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
