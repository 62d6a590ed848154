import ArticleModel
import FeedImport
import Foundation
import Testing

/// Nothing is refused for a missing field: each case is an item beside the entry (and the
/// message) expected from it.
@Suite struct EntryPolicyTests {
    private func read(_ items: String, channel: String = "") -> FeedImportResult {
        let xml = "<rss version=\"2.0\"><channel><title>T</title>\(channel)\n\(items)</channel></rss>"
        return FeedImporter.read(Data(xml.utf8), file: "f.xml")
    }

    @Test func anUndatedItemTakesTheFeedsDateWithANote() throws {
        let result = read("<item><title>A</title><description>x</description></item>",
                          channel: "<lastBuildDate>Mon, 01 Jul 2024 10:00:00 +0200</lastBuildDate>")
        let entry = try #require(result.feed?.entries.first)
        #expect(entry.published?.iso8601 == "2024-07-01T10:00:00+02:00")
        #expect(result.diagnostics.map(\.description) == [
            "f.xml:2: item 1 \"A\": note: has no date; used the feed's date 2024-07-01T10:00:00+02:00 (add a pubDate (or published) to the item)",
        ])
    }

    @Test func anItemWithNoDateAnywhereIsKeptUndated() throws {
        let result = read("<item><title>A</title><description>x</description></item>")
        let entry = try #require(result.feed?.entries.first)
        #expect(entry.published == nil)
        #expect(result.diagnostics.isEmpty)
    }

    @Test func anUnreadableDateIsShownAndTheItemKept() throws {
        let result = read("<item><title>A</title><pubDate>the day after tomorrow</pubDate><description>x</description></item>")
        #expect(result.feed?.entries.count == 1)
        #expect(result.diagnostics.first?.message == "could not read the publication date \"the day after tomorrow\"; left it empty")
    }

    @Test func aLinkAloneMakesALinkArticle() throws {
        let result = read("<item><link>https://example.org/2024/06/budget-vote/</link></item>")
        let entry = try #require(result.feed?.entries.first)
        #expect(entry.title == "budget vote")
        #expect(entry.body.html == "<p><a href=\"https://example.org/2024/06/budget-vote/\">https://example.org/2024/06/budget-vote/</a></p>")
        #expect(result.diagnostics.first?.message == "has no title; made one from its web address")
    }

    @Test func anItemWithNothingIsSkipped() {
        let result = read("<item><guid isPermaLink=\"false\">x</guid></item><item><title>B</title></item>")
        #expect(result.feed?.entries.map(\.title) == ["B"])
        #expect(result.diagnostics.first?.message == "has no title, text, link or image; skipped")
    }

    @Test func anExactRepeatIsDroppedAndCounted() {
        let one = "<item><title>A</title><guid>g1</guid><description>x</description></item>"
        let result = read(one + one + one)
        #expect(result.feed?.entries.map(\.title) == ["A"])
        #expect(result.diagnostics.map(\.message) == ["dropped 2 items that repeat earlier ones exactly"])
    }

    @Test func aDifferentItemWithTheSameIDIsKeptApart() {
        let result = read("<item><title>A</title><guid>g1</guid></item><item><title>B</title><guid>g1</guid></item>")
        #expect(result.feed?.entries.map(\.guid) == ["g1", "g1#2"])
        #expect(result.diagnostics.first?.severity == .warning)
    }
    @Test func aDateThatCannotBeReadGivesWayToAnotherDateElement() throws {
        let result = read("<item xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><title>A</title><pubDate>garbage date</pubDate>"
                          + "<dc:date>2023-02-01T00:00:00+04:00</dc:date></item>")
        #expect(result.feed?.entries.first?.published?.iso8601 == "2023-02-01T00:00:00+04:00")
    }

    @Test func itemsSharingALinkButNotTheirContentAreBothKept() {
        let result = read("<item><title>A</title><link>https://example.org/1</link></item><item><title>B</title><link>https://example.org/1</link></item>")
        #expect(result.feed?.entries.map(\.title) == ["A", "B"])
    }
}
