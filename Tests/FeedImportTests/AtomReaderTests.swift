import ArticleModel
import FeedImport
import Foundation
import Testing

/// Atom 1.0: `Fixtures/atom.xml`.
@Suite struct AtomReaderTests {
    private func read() throws -> FeedImportResult {
        FeedImporter.read(try Fixtures.data("atom.xml"), file: "atom.xml")
    }

    @Test func feedFields() throws {
        let feed = try #require(try read().feed)
        #expect(feed.format == .atom)
        #expect(feed.title == "Atom & Eve")
        #expect(feed.link == "https://example.net/")
        #expect(feed.description == "A test feed")
        #expect(feed.language == "fr")
        #expect(feed.updated?.iso8601 == "2024-07-05T18:30:02+00:00")
    }

    @Test func htmlEntry() throws {
        let entry = try #require(try read().feed?.entries.first)
        #expect(entry.title == "Rock & roll")
        #expect(entry.link == "https://example.net/rock")
        #expect(entry.guid == "tag:example.net,2024:1")
        #expect(entry.published?.iso8601 == "2024-07-05T10:00:00+05:30")
        #expect(entry.updated?.iso8601 == "2024-07-05T12:00:00+05:30")
        #expect(entry.author == "Dana Ito")
        #expect(entry.tags == ["music", "live"])
        #expect(entry.summary == HTMLFragment("A summary &lt;not a tag&gt;"))
        #expect(entry.body == HTMLFragment("<p>Full <b>story</b></p>"))
        #expect(entry.location == "item 1 \"Rock & roll\"")
    }

    @Test func xhtmlEntryUsesUpdatedAndFeedAuthor() throws {
        let entry = try #require(try read().feed?.entries[1])
        #expect(entry.title == "XHTML content")
        #expect(entry.link == "https://example.net/xhtml")
        #expect(entry.published?.iso8601 == "2024-07-04T08:00:00+00:00")
        #expect(entry.updated?.iso8601 == "2024-07-04T08:00:00+00:00")
        #expect(entry.author == "Feed Author")
        #expect(entry.body == HTMLFragment("<p>Inline <em>XHTML</em></p>"))
        #expect(entry.summary == nil)
    }

    @Test func summaryOnlyBadDateAndEmptyEntry() throws {
        let result = try read()
        let entries = try #require(result.feed?.entries)
        #expect(entries.map(\.title) == ["Rock & roll", "XHTML content", "Summary only"])
        #expect(entries[2].body == HTMLFragment("<p>Just a summary</p>"))
        #expect(entries[2].published == nil)
        #expect(entries[2].link == nil)
        #expect(result.diagnostics.map(\.description) == [
            "atom.xml:31: item 3 \"Summary only\": warning: could not read the update date \"not a date\"; left it empty "
                + "(write it like \"Fri, 28 Jun 2024 12:22:37 +0000\" or \"2024-06-28T12:22:37Z\")",
            "atom.xml:37: item 4: error: has neither a title nor a body; skipped "
                + "(give the item a title or a description, or remove it)",
        ])
    }
}
