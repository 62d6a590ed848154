import ArticleModel
import FeedImport
import Foundation
import Testing

@Suite struct InputNormalizerTests {
    static let feed = """
    <?xml version="1.0" encoding="UTF-16"?><rss version="2.0"><channel><title>Wide</title>
    <item><title>Café “one”</title><pubDate>Mon, 01 Jan 2024 10:00:00 +0000</pubDate><description>Body</description></item>
    </channel></rss>
    """

    @Test(arguments: [String.Encoding.utf16LittleEndian, .utf16BigEndian, .utf16, .utf32LittleEndian, .utf32BigEndian, .utf32])
    func readsUTF16AndUTF32Feeds(encoding: String.Encoding) throws {
        let data = try #require(Self.feed.data(using: encoding))
        let result = FeedImporter.read(data, file: "wide.xml")
        #expect(result.feed?.title == "Wide")
        #expect(result.feed?.entries.map(\.title) == ["Café “one”"])
        #expect(result.diagnostics.isEmpty)
    }

    @Test func dropsNULBytesAndSaysSo() throws {
        var data = Data(Self.feed.replacingOccurrences(of: "UTF-16", with: "UTF-8").utf8)
        data.insert(0, at: data.firstRange(of: Data("one".utf8))!.lowerBound)
        let result = FeedImporter.read(data, file: "nul.xml")
        #expect(result.feed?.entries.map(\.title) == ["Café “one”"])
        #expect(result.diagnostics.map(\.description) == [
            "nul.xml: warning: removed 1 control character that XML cannot hold "
                + "(the file is damaged, or in an encoding it does not declare; check the items near them)",
        ])
    }

    @Test func aVerticalTabInABodyLosesNoLaterItem() {
        let xml = "<rss version=\"2.0\"><channel><title>T</title>"
            + "<item><title>One</title><link>https://example.org/1</link><description><![CDATA[<p>a\u{0B}b</p>]]></description></item>"
            + "<item><title>Two</title><link>https://example.org/2</link><description>c</description></item></channel></rss>"
        let result = FeedImporter.read(Data(xml.utf8), file: "vt.xml")
        #expect(result.feed?.entries.map(\.title) == ["One", "Two"])
        #expect(result.feed?.entries.first?.body == HTMLFragment("<p>ab</p>"))
    }
}
