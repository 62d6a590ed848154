import ArticleModel
import FeedImport
import Foundation
import Testing

/// RSS 2.0 fixtures: each test reads one file of `Fixtures/` and checks literal values.
@Suite struct RSSReaderTests {
    private func read(_ name: String) throws -> FeedImportResult {
        FeedImporter.read(try Fixtures.data(name), file: "feeds/\(name)")
    }

    @Test func channelFields() throws {
        let feed = try #require(try read("rss-bodies.xml").feed)
        #expect(feed.format == .rss)
        #expect(feed.title == "Bodies & Summaries")
        #expect(feed.link == "https://example.org/")
        #expect(feed.description == "Two ways to put HTML in a feed")
        #expect(feed.language == "en-GB")
        #expect(feed.updated?.iso8601 == "2024-07-01T09:00:00+00:00")
    }

    @Test func cdataBodyWithSummary() throws {
        let result = try read("rss-bodies.xml")
        #expect(result.diagnostics == [])
        let entry = try #require(result.feed?.entries.first)
        #expect(entry.title == "CDATA body")
        #expect(entry.link == "https://example.org/cdata")
        #expect(entry.guid == "https://example.org/?p=1")
        #expect(entry.published?.iso8601 == "2024-07-01T08:00:00+02:00")
        #expect(entry.author == "Ana Lima")
        #expect(entry.body == HTMLFragment("<p>Full <strong>body</strong> & more.</p>"))
        #expect(entry.summary == HTMLFragment("<p>Short <em>summary</em>.</p>"))
        #expect(entry.location == "item 1 \"CDATA body\"")
    }

    @Test func entityEscapedBody() throws {
        let entry = try #require(try read("rss-bodies.xml").feed?.entries[1])
        #expect(entry.title == "Escaped body")
        #expect(entry.guid == "escaped-2")
        #expect(entry.link == "https://example.org/escaped")
        #expect(entry.published?.iso8601 == "2024-06-30T23:59:59-05:00")
        #expect(entry.author == "Ben Okafor")
        #expect(entry.body == HTMLFragment("<p>Escaped <a href=\"https://example.org/x?a=1&amp;b=2\">link</a>.</p>"))
        #expect(entry.summary == nil)
    }

    @Test func doublyEscapedTitleBecomesPlainText() throws {
        let entry = try #require(try read("rss-bodies.xml").feed?.entries[2])
        #expect(entry.title == "Tom & Jerry bold")
        #expect(entry.published?.iso8601 == "2024-06-29T12:00:00-05:00")
        #expect(entry.body == HTMLFragment("Plain text body"))
        #expect(entry.guid == nil)
        #expect(entry.author == nil)
    }

    @Test func categoriesAreTrimmedAndDeduplicated() throws {
        let entry = try #require(try read("rss-categories.xml").feed?.entries.first)
        #expect(entry.tags == ["Politics", "Budget", "Asia Pacific"])
    }

    @Test func missingFields() throws {
        let result = try read("rss-missing-fields.xml")
        let entries = try #require(result.feed?.entries)
        #expect(entries.map(\.title) == [
            "The council met on Tuesday evening to discuss the new…", "No date, no link", "Bad date", "Only a title",
        ])
        #expect(entries[0].published?.iso8601 == "2024-07-02T19:30:00+00:00")
        #expect(entries[0].location == "item 1 \"The council met on Tuesday evening to discuss the new…\"")
        #expect(entries[1].link == "https://example.org/permalink-from-guid")
        #expect(entries[1].published == nil)
        #expect(entries[2].published == nil)
        #expect(entries[3].body == HTMLFragment(""))
        #expect(result.diagnostics.map(\.description) == [
            "feeds/rss-missing-fields.xml:5: item 1 \"The council met on Tuesday evening to discuss the new…\": note: "
                + "has no title; made one from the first words of its text (add a title to the item in the feed)",
            "feeds/rss-missing-fields.xml:14: item 3 \"Bad date\": warning: could not read the publication date "
                + "\"the day after tomorrow\"; left it empty (write it like \"Fri, 28 Jun 2024 12:22:37 +0000\" "
                + "or \"2024-06-28T12:22:37Z\")",
        ])
    }

    @Test func anItemWithOnlyALinkIsKeptAsALinkArticle() throws {
        let result = try read("rss-broken-item.xml")
        #expect(result.feed?.entries.map(\.title) == ["First", "2", "Third"])
        #expect(result.feed?.entries[1].body == HTMLFragment("<p><a href=\"https://example.org/2\">https://example.org/2</a></p>"))
        #expect(result.diagnostics == [
            Diagnostic(.note, file: "feeds/rss-broken-item.xml", item: "item 2 \"2\"", line: 10,
                       "has no title; made one from its web address",
                       hint: "add a title to the item in the feed"),
        ])
    }

    @Test func truncatedFileKeepsTheItemsThatParsed() throws {
        let result = try read("rss-truncated.xml")
        let entries = try #require(result.feed?.entries)
        // The file ends inside the third item: it is reported and skipped, never published half-read.
        #expect(entries.map(\.title) == ["Complete one", "Complete two"])
        #expect(entries.map(\.body.html) == ["Alpha", "Beta"])
        let cut = try #require(result.diagnostics.last)
        #expect(cut.severity == .error)
        #expect(cut.item == "item 3")
        #expect(cut.line == 17)
        #expect(cut.message == "the file ends inside this item, so it is incomplete; skipped")
        #expect(result.diagnostics.first?.message.hasPrefix("the XML is malformed: ") == true)
        #expect(result.diagnostics.first?.message.hasSuffix("; kept the items that could be read") == true)
    }

    @Test func htmlNamedEntitiesSurvive() throws {
        let result = try read("rss-html-entities.xml")
        let feed = try #require(result.feed)
        #expect(feed.title == "Café & Co")
        // The no-break space survives parsing; titles collapse it to a plain space.
        #expect(feed.entries.map(\.title) == ["Foo bar — “quoted”…", "After the unknown one"])
        #expect(feed.entries.first?.body == HTMLFragment("Café © 2024 &bogus; end"))
        #expect(feed.entries.last?.body == HTMLFragment("<p>Keep&nbsp;this &amp; that</p>"))
    }

    @Test func declaredLatin1IsDecoded() throws {
        let entry = try #require(try read("rss-latin1.xml").feed?.entries.first)
        #expect(entry.title == "Café crème")
        #expect(entry.body == HTMLFragment("Naïve"))
    }

    @Test func undeclaredWindows1252IsDecoded() throws {
        let result = try read("rss-cp1252.xml")
        #expect(result.diagnostics.map(\.message) == ["no encoding declared; read as windows-1252 (detected)"])
        let entry = try #require(result.feed?.entries.first)
        #expect(entry.title == "“Smart” quotes – dash")
        #expect(entry.body == HTMLFragment("Café"))
    }

    @Test func rdfItemsSitBesideTheChannel() throws {
        let result = try read("rdf.xml")
        #expect(result.diagnostics == [])
        let feed = try #require(result.feed)
        #expect(feed.format == .rdf)
        #expect(feed.title == "RDF channel")
        #expect(feed.language == "de")
        let entry = try #require(feed.entries.first)
        #expect(entry.title == "RDF item")
        #expect(entry.link == "https://example.org/rdf-1")
        #expect(entry.published?.iso8601 == "2024-07-04T10:15:00+02:00")
        #expect(entry.author == "Clara Schmidt")
        #expect(entry.tags == ["Science"])
    }

    @Test func feedWithoutItemsWarns() {
        let xml = "<rss version=\"2.0\"><channel><title>Empty</title></channel></rss>"
        let result = FeedImporter.read(Data(xml.utf8), file: "empty.xml")
        #expect(result.feed?.entries == [])
        #expect(result.diagnostics.map(\.description) == ["empty.xml: warning: the feed has no items (check that it is the feed you meant)"])
    }

    @Test func rssWithoutChannelStillGivesItsItems() throws {
        let xml = "<rss version=\"2.0\"><title>Bare</title><item><title>Loose</title><link>https://example.org/a</link></item></rss>"
        let result = FeedImporter.read(Data(xml.utf8), file: "odd.xml")
        #expect(result.feed?.title == "Bare")
        #expect(result.feed?.entries.map(\.title) == ["Loose"])
        #expect(result.feed?.entries.first?.link == "https://example.org/a")
    }

    @Test func itemsBesideTheChannelAndISODates() {
        let xml = "<rss version=\"2.0\"><channel><title>Odd</title></channel>"
            + "<item><title>Stray</title><pubDate>2024-06-28T12:22:37+02:00</pubDate><description>x</description></item></rss>"
        let result = FeedImporter.read(Data(xml.utf8), file: "odd.xml")
        #expect(result.diagnostics == [])
        #expect(result.feed?.entries.map(\.title) == ["Stray"])
        #expect(result.feed?.entries.first?.published?.iso8601 == "2024-06-28T12:22:37+02:00")
    }

    @Test func bareAmpersandsAreKept() throws {
        let result = try read("rss-bare-ampersands.xml")
        #expect(result.diagnostics == [])
        let feed = try #require(result.feed)
        #expect(feed.title == "Fish & Chips Weekly")
        #expect(feed.entries.map(\.title) == ["AT&T wins & loses", "After the ampersands"])
        #expect(feed.entries.first?.link == "https://example.org/?a=1&b=2")
        #expect(feed.entries.first?.body == HTMLFragment("Salt & vinegar — — & more"))
    }

    @Test func unescapedHTMLInADescriptionIsKeptAsHTML() {
        let xml = "<rss version=\"2.0\"><channel><item><title>Raw</title>"
            + "<description><p>Raw <a href=\"https://example.org/?a=1&amp;b=2\">HTML</a><br/></p></description>"
            + "</item></channel></rss>"
        let entry = FeedImporter.read(Data(xml.utf8), file: "raw.xml").feed?.entries.first
        #expect(entry?.body == HTMLFragment("<p>Raw <a href=\"https://example.org/?a=1&amp;b=2\">HTML</a><br /></p>"))
    }

    @Test func leadImagesFromEnclosuresMediaAndITunes() throws {
        let result = try read("rss-media.xml")
        #expect(result.diagnostics == [])
        let entries = try #require(result.feed?.entries)
        #expect(entries.map(\.image) == [
            "https://media.example/1.jpg", "https://media.example/2-thumb.jpg", "https://media.example/3-cover.png",
            "https://media.example/4.jpg", nil, "https://media.example/6-thumb.jpg",
        ])
    }

    @Test func linksFromCommentsEnclosuresAndAtomLinks() throws {
        let entries = try #require(try read("rss-media.xml").feed?.entries)
        #expect(entries.map(\.link) == [
            "https://media.example/1", "https://media.example/2", "https://media.example/3.mp3",
            "https://media.example/4", "https://media.example/5", "https://media.example/6",
        ])
    }

    @Test func authorsFromCreatorsITunesAndSource() throws {
        let entries = try #require(try read("rss-media.xml").feed?.entries)
        #expect(entries.map(\.author) == ["Wire Service", nil, nil, "Pod Caster", "Kim Lee, Sam Roe", "Wire Service"])
    }

    @Test func dublinCoreTitleIdentifierAndTagWrappers() throws {
        let entry = try #require(try read("rss-media.xml").feed?.entries[4])
        #expect(entry.title == "Dublin Core & wrappers")
        #expect(entry.guid == "urn:example:5")
        #expect(entry.tags == ["Science", "Space", "Astronomy", "rockets", "moon", "mars"])
        #expect(entry.body == HTMLFragment("Five"))
    }

    @Test func dateElementsInOrderOfPreference() throws {
        let result = try read("rss-dcterms.xml")
        #expect(result.diagnostics == [])
        let entries = try #require(result.feed?.entries)
        // As feed readers take them: pubDate, dcterms:issued or atom:published publish; dc:date,
        // dcterms:modified or atom:updated update (and stand in for publication); created,
        // available and dcterms:date only when there is neither.
        #expect(entries.map { $0.published?.iso8601 } == [
            "2024-01-01T08:00:00+01:00", "2024-02-03T00:00:00+00:00", "2024-03-02T06:30:00-03:00",
            "2024-04-06T12:00:00+05:30", "2024-05-05T00:00:00-07:00", "2024-06-07T08:00:00+00:00",
            "2024-07-07T07:07:07+00:00",
        ])
        #expect(entries.map { $0.updated?.iso8601 } == [
            "2024-01-02T00:00:00+00:00", "2024-02-02T10:00:00+09:00", nil, "2024-04-06T12:00:00+05:30", nil,
            "2024-06-07T08:00:00+00:00", "2024-07-07T07:07:07+00:00",
        ])
    }
    @Test func mediaDescriptionOrITunesSummaryStandsInForAMissingDescription() throws {
        let xml = """
            <rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel><title>T</title>
            <item><title>A</title><media:group><media:description>Said in media &lt;b&gt;words</media:description></media:group></item>
            <item><title>B</title><itunes:summary>Said by iTunes</itunes:summary></item>
            </channel></rss>
            """
        let entries = try #require(FeedImporter.read(Data(xml.utf8), file: "f.xml").feed?.entries)
        #expect(entries.map(\.body) == [HTMLFragment("Said in media &lt;b&gt;words"), HTMLFragment("Said by iTunes")])
    }
}
