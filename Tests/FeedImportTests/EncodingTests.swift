import ArticleModel
import FeedImport
import Foundation
import Testing

/// Bytes that contradict the declared encoding.
@Suite struct EncodingTests {
    @Test func invalidBytesInDeclaredUTF8AreReplacedAndReported() throws {
        let result = FeedImporter.read(try Fixtures.data("rss-bad-utf8.xml"), file: "bad.xml")
        #expect(result.feed?.entries.map(\.title) == ["Caf\u{FFFD} one", "Two"])
        #expect(result.diagnostics.map(\.description) == [
            "bad.xml: warning: the file says it is UTF-8 but holds bytes that are not; replaced them with \u{FFFD} "
                + "(save the file as UTF-8, or declare its real encoding)",
        ])
    }
}

@Suite struct NonXMLCharacterTests {
    @Test func flattenedTextDropsCharactersXMLCannotHold() throws {
        let text = "Chan https://ex.com Stay. Fri, 28 Jun 2024 12:22:37 +0000 en-US hourly 1 https://ex.com/g https://ex.com/i.png Chan https://ex.com 32 32 "
            + "Bad \u{FFFE}title\u{7} https://ex.com/a/ Fri, 28 Jun 2024 12:22:37 +0000 https://ex.com/a/ Read More “Bad \u{FFFE}title\u{7}” »\n\n]]>\n\nBody \u{FFFF}text.\n"
        let result = FeedImporter.read(Data(text.utf8), file: "bad.txt")
        let entry = try #require(result.feed?.entries.first)
        #expect(entry.title == "Bad title")
        #expect(entry.body.html == "<p>Body text.</p>")
    }
}
