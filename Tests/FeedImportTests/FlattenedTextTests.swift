import ArticleModel
import FeedImport
import Foundation
import Testing

/// Flattened feed text written for these tests: CRLF line ends, quotes and colons in titles,
/// two-digit years, Windows-1252 bytes.
@Suite struct FlattenedTextTests {
    @Test func crlfQuotesAndChannel() throws {
        let result = FeedImporter.read(try Fixtures.data("flattened-crlf.txt"), file: "news.txt")
        #expect(result.diagnostics == [])
        let feed = try #require(result.feed)
        #expect(feed.title == "News Desk")
        #expect(feed.link == "https://news.example/")
        #expect(feed.description == "Daily notes.")
        #expect(feed.updated?.iso8601 == "2024-07-02T06:00:00+01:00")
        #expect(feed.language == "en")
        #expect(feed.entries.map(\.title) == [
            "Mayor says: “We’re ready,” as vote nears", "The Q&A: what \"they\" said", "No body here",
        ])
        #expect(feed.entries.map(\.link) == ["https://news.example/mayor/", "https://news.example/qa/", "https://news.example/empty/"])
        #expect(feed.entries.map { $0.published?.iso8601 } == [
            "2024-07-02T06:00:00+01:00", "2024-07-01T23:15:00-07:00", "2024-07-01T08:00:00+00:00",
        ])
        #expect(feed.entries.map(\.body.html) == [
            "<p>First paragraph with &lt;tags&gt; &amp; ampersands.\nIt continues on a second line.</p>",
            "<p>Only paragraph.</p>",
            "",
        ])
        #expect(feed.entries.map(\.location) == [
            "item 1 \"Mayor says: “We’re ready,” as vote nears\"", "item 2 \"The Q&A: what \"they\" said\"",
            "item 3 \"No body here\"",
        ])
    }

    @Test func windows1252Text() throws {
        let data = try Fixtures.data("flattened-cp1252.txt")
        let feed = try #require(FeedImporter.read(data, file: "cafe.txt").feed)
        #expect(feed.entries.map(\.title) == ["Café news"])
        #expect(feed.entries.first?.body == HTMLFragment("<p>Crème brûlée – recipe.</p>"))
        #expect(feed.entries.first?.published?.iso8601 == "2024-07-05T07:00:00+02:00")
    }

    @Test func headerNeedsEqualURLsAndADate() {
        let text = """
        A https://a.example/1 Fri, 28 Jun 2024 12:22:37 +0000 https://a.example/2 Read More “A” »

        B https://a.example/1 not a date https://a.example/1 Read More “B” »
        """
        #expect(FeedImporter.detect(Data(text.utf8)) == nil)
        let result = FeedImporter.read(Data(text.utf8), file: "x.txt")
        #expect(result.feed == nil)
    }
}
