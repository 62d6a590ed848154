import ArticleModel
import FeedImport
import Foundation
import Testing

/// Atom 1.0: `Fixtures/atom.xml`.
@Suite struct AtomReaderTests {
    @Test func anIDThatIsAWebAddressStandsInForAMissingLink() throws {
        let xml = """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>F</title>
            <entry><title>A</title><id>https://example.org/posts/a</id><updated>2024-06-01T00:00:00Z</updated><content>x</content></entry>
            <entry><title>B</title><id>urn:uuid:1</id><updated>2024-06-01T00:00:00Z</updated><content>y</content></entry>
            </feed>
            """
        let entries = try #require(FeedImporter.read(Data(xml.utf8), file: "f.xml").feed?.entries)
        #expect(entries.map(\.link) == ["https://example.org/posts/a", nil])
    }

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
        // The unreadable date is shown; the feed's own date stands in, with a note.
        #expect(entries[2].published?.iso8601 == "2024-07-05T18:30:02+00:00")
        #expect(entries[2].link == nil)
        #expect(result.diagnostics.map(\.description) == [
            "atom.xml:31: item 3 \"Summary only\": warning: could not read the update date \"not a date\"; left it empty "
                + "(write it like \"Fri, 28 Jun 2024 12:22:37 +0000\" or \"2024-06-28T12:22:37Z\")",
            "atom.xml:31: item 3 \"Summary only\": note: has no date; used the feed's date 2024-07-05T18:30:02+00:00 "
                + "(add a pubDate (or published) to the item)",
            "atom.xml:37: item 4: error: has no title, text, link or image; skipped "
                + "(give the item a title or a description, or remove it)",
        ])
    }

    private func read(_ name: String) throws -> FeedImportResult {
        FeedImporter.read(try Fixtures.data(name), file: name)
    }

    @Test func atom03DatesContentModesAndLinks() throws {
        let result = try read("atom03.xml")
        #expect(result.diagnostics == [])
        let feed = try #require(result.feed)
        #expect(feed.format == .atom)
        #expect(feed.title == "Atom <0.3> feed")
        #expect(feed.link == "https://old.example/")
        let entries = feed.entries
        #expect(entries.map(\.link) == [
            "https://old.example/2004/04/first", "https://old.example/2004/04/second", "https://old.example/2004/04/third",
        ])
        #expect(entries.map { $0.published?.iso8601 } == [
            "2004-04-30T20:00:00-05:00", "2004-04-29T08:15:00+01:00", "2004-04-28T00:00:00+00:00",
        ])
        #expect(entries[0].updated?.iso8601 == "2004-05-01T02:00:00+00:00")
        #expect(entries.map(\.author) == ["Mark Old", "anon@old.example", "Helper Person"])
        #expect(entries[0].body == HTMLFragment("<p>Escaped <i>HTML</i></p>"))
        #expect(entries[0].summary == HTMLFragment("Plain &lt;summary&gt;"))
        #expect(entries[1].body == HTMLFragment("<p>Inline <strong>XML</strong></p>"))
        #expect(entries[2].body == HTMLFragment("Fish &amp; chips &lt;3, as text"))
    }

    @Test func base64ContentIsDecoded() throws {
        let result = try read("atom-base64.xml")
        #expect(result.diagnostics == [])
        let entries = try #require(result.feed?.entries)
        #expect(entries.map(\.body) == [
            HTMLFragment("<p>Decoded <b>base64</b> body</p>"),
            HTMLFragment("Plain text &amp; &lt;angles&gt;, decoded"),
            HTMLFragment("<p>Ünïcödé — 北京</p>"),
            HTMLFragment("The summary stands in"),
            HTMLFragment("Fallback summary"),
        ])
    }

    @Test func linksChosenByRelation() throws {
        let result = try read("atom-links.xml")
        #expect(result.diagnostics == [])
        let feed = try #require(result.feed)
        #expect(feed.link == "https://links.example/")
        #expect(feed.entries.map(\.link) == [
            "https://links.example/1", "https://links.example/2", "https://links.example/3#comments",
            "https://links.example/4.html", "https://links.example/5", "https://links.example/6", "https://links.example/7",
        ])
        #expect(feed.entries.map(\.image) == [
            "https://links.example/1.jpg", nil, nil, nil, nil, nil, "https://links.example/7.jpg",
        ])
    }

    @Test func outOfLineContentLeavesTheSummary() throws {
        let entries = try #require(try read("atom-links.xml").feed?.entries)
        #expect(entries[3].body == HTMLFragment("Read it there"))
        #expect(entries[3].summary == nil)
    }

    @Test func authorsSourcesAndTextThatIsHTML() throws {
        let entries = try #require(try read("atom-links.xml").feed?.entries)
        #expect(entries[0].author == "Ann One, Bob Two")
        #expect(entries[5].author == "Original Writer")
        #expect(entries[5].body == HTMLFragment("Six <em>has</em> HTML in a text summary"))
        #expect(entries[6].title == "Video with a thumbnail")
        #expect(entries[6].tags == ["Video only label"])
        #expect(entries[6].body == HTMLFragment("Untyped text with <b>child elements</b>"))
    }
}
