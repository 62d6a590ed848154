import ArticleModel
import FeedImport
import Foundation
import Testing

/// Untrusted input: markup in titles, external entities, entity bombs, binary junk.
@Suite struct HostileInputTests {
    private func read(_ name: String) throws -> FeedImportResult {
        FeedImporter.read(try Fixtures.data(name), file: name)
    }

    @Test func scriptInTitleIsStrippedWithItsContent() throws {
        let entries = try #require(try read("rss-hostile-title.xml").feed?.entries)
        #expect(entries.map(\.title) == ["Breaking news", "Hello world"])
        // Bodies stay HTML as written: the converter's sanitiser removes scripts later.
        #expect(entries[0].body == HTMLFragment("<p>Body</p><script>alert(2)</script>"))
    }

    @Test func externalEntitiesAreNeverRead() throws {
        let result = try read("rss-xxe.xml")
        let entry = try #require(result.feed?.entries.first)
        // The declaration is ignored, so the reference stays as literal text.
        #expect(entry.title == "Secret &xxe; here")
        #expect(entry.body == HTMLFragment("Body &xxe; end"))
        let everything = result.feed.map { "\($0)" } ?? ""
        #expect(!everything.contains("root:"))
    }

    @Test func billionLaughsFinishesFastAndSmall() throws {
        let result = try read("rss-billion-laughs.xml")
        let entries = try #require(result.feed?.entries)
        #expect(entries.map(\.title) == ["Laugh &lol9;", "Still here"])
        #expect(entries[0].body == HTMLFragment("&lol9;"))
        #expect(entries[1].body == HTMLFragment("Fine"))
    }

    @Test func deepNestingDoesNotCrash() {
        let depth = 5000
        let xml = "<rss version=\"2.0\"><channel><item><title>Deep</title><description>"
            + String(repeating: "<div>", count: depth) + "x" + String(repeating: "</div>", count: depth)
            + "</description></item></channel></rss>"
        let result = FeedImporter.read(Data(xml.utf8), file: "deep.xml")
        #expect(result.feed?.entries.map(\.title) == ["Deep"])
    }

    @Test func binaryInputIsRejected() {
        let junk = Data([0x00, 0xFF, 0xFE, 0x13, 0x37, 0x00, 0x89, 0x50, 0x4E, 0x47])
        let result = FeedImporter.read(junk, file: "junk.bin")
        #expect(result.feed == nil)
        #expect(result.diagnostics.map(\.description) == [
            "junk.bin: error: the file is not a feed Broadsheet recognises; nothing was imported "
                + "(convert it to one of the formats Broadsheet reads: RSS 2.0, RSS 1.0 (RDF), Atom (0.3 or 1.0), JSON Feed, WordPress export (WXR), flattened feed text)",
        ])
    }

    @Test func emptyInputIsRejected() {
        let result = FeedImporter.read(Data(), file: "empty.xml")
        #expect(result.feed == nil)
        #expect(result.diagnostics.map(\.description) == [
            "empty.xml: error: the file is empty; nothing was imported "
                + "(convert it to one of the formats Broadsheet reads: RSS 2.0, RSS 1.0 (RDF), Atom (0.3 or 1.0), JSON Feed, WordPress export (WXR), flattened feed text)",
        ])
    }

    @Test func garbageAfterAnXMLStartIsAnError() {
        let result = FeedImporter.read(Data("<rss <<<< &&& ".utf8), file: "bad.xml")
        #expect(result.feed == nil)
        #expect(result.diagnostics.map(\.severity) == [.warning, .error])
        #expect(result.diagnostics.last?.message == "the XML is malformed and holds no item; nothing was imported")
    }

    @Test func deeplyNestedJSONDoesNotCrash() {
        let depth = 100_000
        let json = "{\"version\":\"https://jsonfeed.org/version/1.1\",\"items\":"
            + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "}"
        let result = FeedImporter.read(Data(json.utf8), file: "deep.json")
        #expect(result.feed?.entries == [])
        #expect(result.diagnostics.map(\.description) == [
            "deep.json:1: warning: the JSON nests deeper than 512 levels (first at line 1, column 566); left out 1 value "
                + "nested that deep (feeds never need that much nesting; check how the file was made)",
            "deep.json:1: item 1: error: is not a JSON object; skipped (each entry of \"items\" must be an object)",
        ])
    }
}
