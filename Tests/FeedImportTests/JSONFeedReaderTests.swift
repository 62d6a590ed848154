import ArticleModel
import FeedImport
import Foundation
import Testing

/// JSON Feed 1.1: `Fixtures/feed.json`.
@Suite struct JSONFeedReaderTests {
    private func read() throws -> FeedImportResult {
        FeedImporter.read(try Fixtures.data("feed.json"), file: "feed.json")
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
            "feed.json: item 2 \"Plain <text> & lines second line\": warning: has no title; used the first words of its text "
                + "(add a title to the item in the feed)",
            "feed.json: item 2 \"Plain <text> & lines second line\": warning: could not read the publication date "
                + "\"yesterday\"; left it empty (write it like \"Fri, 28 Jun 2024 12:22:37 +0000\" or \"2024-06-28T12:22:37Z\")",
            "feed.json: item 3: error: has neither a title nor a body; skipped (give the item a title or a description, or remove it)",
            "feed.json: item 4: error: is not a JSON object; skipped (each entry of \"items\" must be an object)",
        ])
    }

    @Test func brokenJSONIsAnError() {
        let result = FeedImporter.read(Data("{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": [".utf8), file: "cut.json")
        #expect(result.feed == nil)
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.severity == .error)
        #expect(result.diagnostics.first?.message.hasPrefix("could not read the JSON: ") == true)
        #expect(result.diagnostics.first?.hint == "check that the file is a complete JSON Feed")
    }
}
