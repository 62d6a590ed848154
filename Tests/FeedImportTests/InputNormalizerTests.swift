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

    @Test(arguments: [String.Encoding.utf16LittleEndian, .utf16BigEndian, .utf16])
    func readsUTF16Feeds(encoding: String.Encoding) throws {
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
        #expect(result.diagnostics.map(\.description) == ["nul.xml: warning: removed 1 NUL byte (the file is damaged or in an encoding it does not declare; check the items it holds)"])
    }
}
