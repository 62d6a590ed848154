import ArticleModel
@testable import FeedImport
import Foundation
import Testing

/// Each item is parsed on its own: what breaks one item never costs the others. Every case is
/// a small feed beside the titles (and messages) expected from it.
@Suite struct ItemIsolationTests {
    private func read(_ xml: String) -> FeedImportResult { FeedImporter.read(Data(xml.utf8), file: "f.xml") }

    private func rss(_ items: String, channel: String = "<title>T</title>") -> String {
        "<?xml version=\"1.0\"?>\n<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>\(channel)\n\(items)\n</channel></rss>\n"
    }

    private func item(_ title: String, _ body: String = "<![CDATA[<p>text</p>]]>") -> String {
        "<item><title>\(title)</title><link>https://example.org/\(title.lowercased())</link><description>\(body)</description></item>\n"
    }

    @Test func aControlCharacterInOneBodyCostsNoOtherItem() {
        let result = read(rss(item("One", "<![CDATA[<p>bad \u{0B} byte</p>]]>") + item("Two") + item("Three")))
        #expect(result.feed?.entries.map(\.title).suffix(2) == ["Two", "Three"])
    }

    @Test func nestingTenThousandDeepCostsNoOtherItem() throws {
        let deep = String(repeating: "<div>", count: 10_000) + "deep text" + String(repeating: "</div>", count: 10_000)
        let result = read(rss(item("One") + item("Two", deep) + item("Three")))
        let entries = try #require(result.feed?.entries)
        #expect(entries.map(\.title) == ["One", "Two", "Three"])
        #expect(entries[1].body.html.contains("deep text"))
    }

    @Test func anUnclosedItemEndsWhereTheNextBegins() {
        let xml = rss("<item><title>One</title><description>a</description>\n<item><title>Two</title><description>b</description></item>")
        let result = read(xml)
        #expect(result.feed?.entries.map(\.title) == ["One", "Two"])
        #expect(result.diagnostics.first?.message.hasSuffix("its end tag is missing; kept what could be read") == true)
        #expect(result.diagnostics.first?.item == "item 1")
    }

    @Test func aBrokenItemIsReportedAtItsOwnLine() {
        let xml = rss(item("One") + "<item><title>Two</title><description>x</descr></item>\n" + item("Three"))
        let result = read(xml)
        #expect(result.feed?.entries.map(\.title) == ["One", "Two", "Three"])
        #expect(result.diagnostics.map(\.line) == [4])
        #expect(result.diagnostics.map(\.severity) == [.warning])
    }

    @Test func itemsInAnUndeclaredNamespaceAreRead() {
        let result = read(rss("<x:item><title>Odd</title><description>b</description></x:item>"))
        #expect(result.feed?.entries.map(\.title) == ["Odd"])
    }

    @Test func textAfterTheRootElementIsIgnored() {
        let result = read(rss(item("One")) + "garbage & more <<<")
        #expect(result.feed?.entries.map(\.title) == ["One"])
    }

    @Test func markupInsideCDATAIsNeverTakenForAnItem() {
        let result = read(rss(item("One", "<![CDATA[<item><title>Fake</title></item>]]>") + item("Two")))
        #expect(result.feed?.entries.map(\.title) == ["One", "Two"])
    }

    @Test func xmlBaseOnFeedAndEntryResolvesLinks() throws {
        let xml = """
            <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://example.org/blog/">
            <title>B</title><updated>2024-06-01T00:00:00Z</updated>
            <entry xml:base="2024/"><title>Post</title><id>urn:1</id><link href="post.html"/>
            <updated>2024-06-01T00:00:00Z</updated><content type="html">&lt;img src="a.png"&gt;</content></entry>
            </feed>
            """
        let entry = try #require(read(xml).feed?.entries.first)
        #expect(entry.link == "https://example.org/blog/2024/post.html")
        #expect(entry.baseURL == "https://example.org/blog/2024/")
    }

    @Test func aDeclaredEntityIsNeverExpandedEvenBehindAnInstruction() throws {
        // The instruction holds "<!--", which once hid the doctype from the byte pre-pass.
        let xml = """
            <?xml version="1.0"?><?x <!-- ?><!DOCTYPE rss [<!ENTITY e "EXPANDED">]><!-- -->
            <rss version="2.0"><channel><title>T</title>
            <item><title>A &e; B</title><link>https://example.org/a?x=&e;</link><description>Body &e;</description></item>
            </channel></rss>
            """
        let result = read(xml)
        #expect(!"\(result)".contains("EXPANDED"))
        #expect(result.feed?.entries.first?.title.hasPrefix("A ") == true)
    }
    @Test func htmlWrittenUnescapedInATitleStaysInTheTitle() throws {
        let xml = rss("<item><title>Unclosed <b>bold title</title><link>https://example.org/a</link>"
                      + "<pubDate>Tue, 02 Jul 2024 10:00:00 +0200</pubDate><description>x</description></item>")
        let entry = try #require(read(xml).feed?.entries.first)
        #expect(entry.title == "Unclosed bold title")
        #expect(entry.link == "https://example.org/a")
        #expect(entry.published?.iso8601 == "2024-07-02T10:00:00+02:00")
    }

    @Test func htmlWrittenUnescapedInADescriptionKeepsAllItsText() throws {
        let entry = try #require(read(rss("<item><title>A</title><description><p>raw html para<br> no close</description></item>")).feed?.entries.first)
        #expect(entry.body.html.contains("no close"))
    }

    @Test func elementNamesAreReadWithoutRegardToCase() throws {
        let xml = rss("<Item><Title>Item number 1</Title><Link>https://example.org/1</Link><PubDate>Tue, 02 Jul 2024 10:00:00 GMT</PubDate></Item>")
        let entry = try #require(read(xml).feed?.entries.first)
        #expect(entry.title == "Item number 1")
        #expect(entry.link == "https://example.org/1")
        #expect(entry.published?.iso8601 == "2024-07-02T10:00:00+00:00")
    }

    @Test func aCDATASectionNeverClosedCostsOnlyItsItem() {
        let xml = rss("<item><title>One</title><description><![CDATA[<p>never closed</description></item>\n" + item("Two") + item("Three"))
        #expect(read(xml).feed?.entries.map(\.title).suffix(2) == ["Two", "Three"])
    }
}
