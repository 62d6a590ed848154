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
