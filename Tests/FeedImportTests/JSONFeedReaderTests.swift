import ArticleModel
import FeedImport
import Foundation
import Testing

/// JSON Feed 1.0 and 1.1: `Fixtures/feed.json` and `Fixtures/json-*.json`.
@Suite struct JSONFeedReaderTests {
    private func read() throws -> FeedImportResult {
        FeedImporter.read(try Fixtures.data("feed.json"), file: "feed.json")
    }

    private func read(_ name: String) throws -> FeedImportResult {
        FeedImporter.read(try Fixtures.data(name), file: name)
    }

    @Test func feedFields() throws {
        let feed = try #require(try read().feed)
        #expect(feed.format == .jsonFeed)
        #expect(feed.title == "JSON & Friends")
        #expect(feed.link == "https://example.com/")
        #expect(feed.description == "A JSON Feed")
        #expect(feed.language == "en-AU")
    }

    @Test func htmlItem() throws {
        let entry = try #require(try read().feed?.entries.first)
        #expect(entry.title == "First & <foremost>")
        #expect(entry.link == "https://example.com/first")
        #expect(entry.guid == "1")
        #expect(entry.published?.iso8601 == "2024-07-06T09:00:00+10:00")
        #expect(entry.updated?.iso8601 == "2024-07-06T10:00:00+10:00")
        #expect(entry.author == "Eve Tan")
        #expect(entry.tags == ["json", "Feeds"])
        #expect(entry.summary == HTMLFragment("Hello"))
        #expect(entry.body == HTMLFragment("<p>Hello <b>JSON</b></p>"))
    }

    @Test func textItemAndBrokenItems() throws {
        let result = try read()
        let entries = try #require(result.feed?.entries)
        #expect(entries.count == 2)
        let second = entries[1]
        #expect(second.title == "Plain <text> & lines second line")
        #expect(second.guid == "2")
        #expect(second.author == "Feed Owner")
        #expect(second.body == HTMLFragment("<p>Plain &lt;text&gt; &amp; lines\nsecond line</p>"))
        #expect(second.published == nil)
        #expect(result.diagnostics.map(\.description) == [
            "feed.json:21: item 2 \"Plain <text> & lines second line\": note: has no title; made one from the first words of its text "
                + "(add a title to the item in the feed)",
            "feed.json:21: item 2 \"Plain <text> & lines second line\": warning: could not read the publication date "
                + "\"yesterday\"; left it empty (write it like \"Fri, 28 Jun 2024 12:22:37 +0000\" or \"2024-06-28T12:22:37Z\")",
            "feed.json:27: item 3: error: has no title, text, link or image; skipped (give the item a title or a description, or remove it)",
            "feed.json:31: item 4: error: is not a JSON object; skipped (each entry of \"items\" must be an object)",
        ])
    }

    @Test func cutBeforeAnyItemIsAnError() {
        let result = FeedImporter.read(Data("{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": [".utf8), file: "cut.json")
        #expect(result.feed == nil)
        #expect(result.diagnostics.map(\.description) == [
            "cut.json: error: could not read the JSON: it ends early, at line 1, column 59, before any complete item "
                + "(check that the file is a complete JSON Feed)",
        ])
    }

    @Test func brokenBeforeAnyItemIsAnError() {
        let result = FeedImporter.read(Data("{\"version\": \"https://jsonfeed.org/version/1\",\n \"items\": [} ]}".utf8), file: "bad.json")
        #expect(result.feed == nil)
        #expect(result.diagnostics.map(\.description) == [
            "bad.json: error: could not read the JSON: it is broken at line 2, column 12, before any complete item "
                + "(check that the file is a complete JSON Feed)",
        ])
    }

    @Test func versionAfterTheItems() throws {
        let result = try read("json-version-late.json")
        #expect(result.diagnostics == [])
        let feed = try #require(result.feed)
        #expect(feed.format == .jsonFeed)
        #expect(feed.title == "Late & Version")
        #expect(feed.description == "A feed whose version is at the end")
        #expect(feed.link == "https://late.example/")
        #expect(feed.entries.map(\.guid) == ["late-1", "late-2"])
        #expect(feed.entries[0].body == HTMLFragment("The &lt;version&gt; key is the last one."))
        #expect(feed.entries[0].summary == nil)
        #expect(feed.entries[0].published?.iso8601 == "2024-08-01T07:30:00-04:00")
        #expect(feed.entries[1].body == HTMLFragment("<p>First paragraph.</p>\n<p>Second paragraph,\nwith a second line.</p>"))
    }

    @Test func versionAfterMoreThanTheSniffingWindow() throws {
        let item = "{\"title\": \"Padded\", \"summary\": \"" + String(repeating: "x", count: 1000) + "\"}"
        let json = "{\"items\": [" + Array(repeating: item, count: 100).joined(separator: ",")
            + "], \"version\": \"https:\\/\\/jsonfeed.org\\/version\\/1\"}"
        #expect(json.utf8.count > 100_000)
        #expect(FeedImporter.detect(Data(json.utf8)) == .jsonFeed)
        #expect(FeedImporter.read(Data(json.utf8), file: "big.json").feed?.entries.count == 100)
    }

    @Test func bareVersionAndOldAuthor() throws {
        let result = try read("json-bare-version.json")
        #expect(result.diagnostics == [])
        let entry = try #require(result.feed?.entries.first)
        #expect(entry.guid == "10")
        #expect(entry.title == "Numbered")
        #expect(entry.author == "Old Style")
        #expect(entry.body == HTMLFragment("Only a summary"))
        #expect(entry.published?.iso8601 == "2024-08-02T10:00:00+00:00")
        #expect(entry.updated?.iso8601 == "2024-08-02T10:00:00+00:00")
    }

    static let signatures: [(String, FeedFormat?)] = [
        ("{\"version\": \"1\", \"items\": []}", .jsonFeed),
        ("{\"version\": 1.1, \"title\": \"t\", \"items\": []}", .jsonFeed),
        ("{\"items\": [], \"version\": \"https://jsonfeed.org/version/1.1\"}", .jsonFeed),
        ("{\"items\": [{\"id\": \"1\", \"content_html\": \"<p>x</p>\"}]}", .jsonFeed),
        ("{\"items\": [{\"id\": 1, \"url\": \"https://a.example/1\", \"title\": \"One\"}]}", .jsonFeed),
        ("{\"items\": [{\"id\": 1, \"url\": \"https://api.example/1\", \"name\": \"x\"}]}", nil),
        ("{\"name\": \"package\", \"version\": \"1.0.0\", \"dependencies\": {}}", nil),
        ("{\"version\": \"1.1\"}", nil),
        ("{\"data\": {\"version\": \"https://jsonfeed.org/version/1\"}}", nil),
        ("{\"version\": \"https://jsonfeed.org/version/1\", \"items\": [{\"id\": ", .jsonFeed),
        ("{ this is not JSON, jsonfeed.org/version/1", nil),
    ]

    @Test(arguments: signatures)
    func recognisedByParsing(_ json: String, _ expected: FeedFormat?) {
        #expect(FeedImporter.detect(Data(json.utf8)) == expected)
    }

    @Test func attachmentsImagesAuthorsAndLanguage() throws {
        let result = try read("json-attachments.json")
        #expect(result.diagnostics == [])
        let feed = try #require(result.feed)
        #expect(feed.language == "de-CH")
        let entries = feed.entries
        #expect(entries.count == 3)
        #expect(entries[0].link == "https://cast.example/ep1.mp3")
        #expect(entries[0].image == "https://cast.example/ep1.jpg")
        #expect(entries[0].author == "Ana Ruiz, Ben Okafor")
        #expect(entries[0].tags == ["audio", "42"])
        #expect(entries[0].published?.iso8601 == "2024-08-03T06:00:00+02:00")
        #expect(entries[1].link == "https://other.example/story")
        #expect(entries[1].image == "https://cast.example/ep2.png")
        #expect(entries[1].author == "Old Author")
        #expect(entries[2].link == "https://cast.example/ep3")
        #expect(entries[2].image == "https://cast.example/ep3-banner.png")
        #expect(entries[2].body == HTMLFragment("<p>Text.</p>"))
    }

    @Test func loneSurrogatesBecomeReplacementCharacters() throws {
        let result = try read("json-lone-surrogate.json")
        #expect(result.diagnostics == [])
        let feed = try #require(result.feed)
        #expect(feed.title == "Broken \u{FFFD} escapes")
        #expect(feed.entries.map(\.title) == ["Lone high \u{FFFD} here", "Cut pair at the end \u{FFFD}"])
        #expect(feed.entries[0].body
            == HTMLFragment("<p>pair 😀, low \u{FFFD}, high then letter \u{FFFD}A, bad \u{FFFD}12G4 end</p>"))
        #expect(feed.entries[1].body == HTMLFragment("<p>tab\there / slash x unknown</p>"))
    }

    @Test func tooDeepNestingIsLeftOut() throws {
        let result = try read("json-deep.json")
        #expect(result.feed?.entries.map(\.title) == ["Before the deep one", "Carries a deep extension", "After the deep one"])
        #expect(result.diagnostics.map(\.description) == [
            "json-deep.json:7: warning: the JSON nests deeper than 512 levels (first at line 7, column 528); "
                + "left out 1 value nested that deep (feeds never need that much nesting; check how the file was made)",
        ])
    }

    @Test func truncatedFeedKeepsTheCompleteItems() throws {
        let result = try read("json-truncated.json")
        let entries = try #require(result.feed?.entries)
        #expect(entries.map(\.guid) == ["t1", "t2"])
        #expect(entries[1].tags == ["a", "b"])
        #expect(entries[1].body == HTMLFragment("<p>second</p>"))
        #expect(result.diagnostics.map(\.description) == [
            "json-truncated.json:15: warning: the JSON ends early, at line 15, column 52; kept the 2 complete items "
                + "before it (check that the file is a complete JSON Feed)",
        ])
    }

    @Test func thousandsOfItemsWithTheVersionLast() {
        let body = String(repeating: "Body text. ", count: 300)
        let items = (1...3000).map { n in
            "{\"id\": \"\(n)\", \"title\": \"Item \(n)\", \"summary\": \"\(body)\", \"date_published\": \"2024-06-28T12:22:37Z\"}"
        }
        let json = "{\"items\": [\n" + items.joined(separator: ",\n") + "\n], \"version\": \"1.1\"}"
        let result = FeedImporter.read(Data(json.utf8), file: "big.json")
        #expect(result.feed?.entries.count == 3000)
        #expect(result.feed?.entries.last?.title == "Item 3000")
        #expect(result.diagnostics == [])
    }

    @Test func hostileShapesStayLinear() {
        let depth = 1_000_000
        let unclosed = "{\"version\": \"1.1\", \"items\": [{\"title\": \"Kept\"}, " + String(repeating: "[", count: depth)
        let result = FeedImporter.read(Data(unclosed.utf8), file: "bomb.json")
        #expect(result.feed?.entries.map(\.title) == ["Kept"])
        let long = "{\"version\": \"1.1\", \"items\": [{\"title\": \"" + String(repeating: "\\ud800", count: 200_000) + "\"}]}"
        let title = FeedImporter.read(Data(long.utf8), file: "long.json").feed?.entries.first?.title
        #expect(title?.unicodeScalars.allSatisfy { $0 == "\u{FFFD}" } == true)
        #expect(title?.unicodeScalars.count == 200_000)
    }
}
