import ArticleModel
import FeedImport
import Foundation
import Testing

/// The format comes from the content, never the file name.
@Suite struct FormatDetectionTests {
    static let fixtures: [(String, FeedFormat?)] = [
        ("rss-bodies.xml", .rss),
        ("rss-xxe.xml", .rss),
        ("rss-cp1252.xml", .rss),
        ("rdf.xml", .rdf),
        ("atom.xml", .atom),
        ("feed.json", .jsonFeed),
        ("flattened-crlf.txt", .flattenedText),
        ("flattened-cp1252.txt", .flattenedText),
        ("wordpress.xml", .wordpress),
        ("wordpress-1.0.xml", .wordpress),
        ("page.html", nil),
        ("notes.txt", nil),
    ]

    @Test(arguments: fixtures)
    func detects(_ name: String, _ expected: FeedFormat?) throws {
        #expect(FeedImporter.detect(try Fixtures.data(name)) == expected)
    }

    static let snippets: [(String, FeedFormat?)] = [
        ("", nil),
        ("   \n  ", nil),
        ("\u{FEFF}<?xml version=\"1.0\"?>\n<!-- a comment <rss> -->\n<rss version=\"2.0\"></rss>", .rss),
        ("<!DOCTYPE rss [ <!ENTITY a \"b\"> ]><rss/>", .rss),
        ("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"/>", .rdf),
        ("<note><to>you</to></note>", nil),
        ("{\"hello\": \"world\"}", nil),
        ("<feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>", .atom),
        ("{\"version\":\"https://jsonfeed.org/version/1\",\"items\":[]}", .jsonFeed),
        ("{\"version\":\"https:\\/\\/jsonfeed.org\\/version\\/1.1\"}", .jsonFeed),
        ("plain text without any item headers", nil),
    ]

    @Test(arguments: snippets)
    func detectsSnippet(_ text: String, _ expected: FeedFormat?) {
        #expect(FeedImporter.detect(Data(text.utf8)) == expected)
    }

    @Test func unsupportedFormatsSaySo() throws {
        let page = FeedImporter.read(try Fixtures.data("page.html"), file: "page.html")
        #expect(FeedImporter.format(of: try Fixtures.data("page.html")) == .html)
        #expect(page.diagnostics.map(\.message) == [
            "the file is an HTML page, not a feed; FeedImporter reads feeds only",
        ])
    }

    @Test func slicedDataReadsLikeAnyOther() throws {
        let whole = Data("junk".utf8) + (try Fixtures.data("rss-bodies.xml"))
        let slice = whole[4...]
        #expect(FeedImporter.detect(slice) == .rss)
        #expect(FeedImporter.read(slice, file: "s.xml").feed?.entries.count == 3)
    }
}
