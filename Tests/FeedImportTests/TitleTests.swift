import ArticleModel
import FeedImport
import Foundation
import Testing

/// Titles become plain text: entities decoded (also doubly escaped ones, C1 references as
/// Windows-1252), tags stripped, whitespace collapsed. Input is the XML between `<title>` and `</title>`.
@Suite struct TitleTests {
    static let cases: [(String, String)] = [
        ("Tom &amp;amp; Jerry", "Tom & Jerry"),
        ("AT&amp;T wins", "AT&T wins"),
        ("&#8220;Quoted&#8221;", "“Quoted”"),
        ("It&amp;#x2019;s here", "It’s here"),
        ("Caf&amp;eacute; culture", "Café culture"),
        ("&amp;unknown; stays", "&unknown; stays"),
        ("  Lots   of\n  space ", "Lots of space"),
        ("<![CDATA[<b>Bold</b> & plain]]>", "Bold & plain"),
        ("<![CDATA[1 < 2 and 3 > 2]]>", "1 < 2 and 3 > 2"),
        ("&lt;i&gt;Italic&lt;/i&gt; title", "Italic title"),
        ("<![CDATA[<style>p{}</style>Styled]]>", "Styled"),
        ("Em&nbsp;dash&mdash;here", "Em dash—here"),
        ("日本語のタイトル", "日本語のタイトル"),
        // C1 references read as Windows-1252, as in HTML: in the XML, doubly escaped, and in HTML.
        ("Pages 10&#150;12 cost &#x80;5", "Pages 10–12 cost €5"),
        ("It&amp;#146;s &amp;#147;here&amp;#148;", "It’s “here”"),
        ("&lt;b&gt;Bold&lt;/b&gt; &amp;#150; plain", "Bold – plain"),
    ]

    @Test(arguments: cases)
    func plainTitle(_ xml: String, _ expected: String) {
        let feed = "<rss version=\"2.0\"><channel><item><title>\(xml)</title><description>Body</description></item></channel></rss>"
        let result = FeedImporter.read(Data(feed.utf8), file: "t.xml")
        #expect(result.feed?.entries.first?.title == expected)
    }
}
