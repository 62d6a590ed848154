import ArticleModel
import FeedImport
import Foundation
import Testing

/// Big inputs are read whole: every item, in order, with nothing to report. (How fast is
/// measured in `make bench`, never in a test.)
@Suite struct ScaleTests {
    @Test func thousandsOfRSSItems() {
        var xml = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Big</title>\n"
        for n in 1...3000 {
            xml += "<item><title>Item \(n) &amp; more&nbsp;text</title><link>https://example.org/\(n)</link>"
                + "<pubDate>Fri, 28 Jun 2024 12:22:37 +0000</pubDate><category>A</category><category>B</category>"
                + "<description><![CDATA[<p>" + String(repeating: "Body text. ", count: 80) + "</p>]]></description></item>\n"
        }
        xml += "</channel></rss>"
        let result = FeedImporter.read(Data(xml.utf8), file: "big.xml")
        #expect(result.feed?.entries.count == 3000)
        #expect(result.feed?.entries.last?.title == "Item 3000 & more text")
        #expect(result.diagnostics == [])
    }

    @Test func thousandsOfFlattenedItems() {
        var text = ""
        for n in 1...3000 {
            let url = "https://example.org/\(n)/"
            text += "Title \(n): “quoted” \(url) Fri, 28 Jun 2024 12:22:37 +0000 \(url) Read More “Title \(n): “quoted”” »\n\n]]>\n\n"
                + String(repeating: "A paragraph of text.\n\n", count: 20) + "]]>\n"
        }
        let result = FeedImporter.read(Data(text.utf8), file: "big.txt")
        #expect(result.feed?.entries.count == 3000)
        #expect(result.feed?.entries.last?.title == "Title 3000: “quoted”")
        #expect(result.diagnostics == [])
    }
}
