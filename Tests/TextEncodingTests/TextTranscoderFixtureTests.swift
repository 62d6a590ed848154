import ArticleModel
import Foundation
import TextEncoding
import Testing

/// The same short feed in every encoding reads as its UTF-8 original: declared, undeclared
/// (detected by ICU), and in UTF-16/32 with and without a byte-order mark.
@Suite struct TextTranscoderFixtureTests {
    @Test(arguments: try FixtureFeeds.legacyFiles().map(\.file))
    func legacyEncodingReadsAsTheUTF8Original(file: String) throws {
        let language = String(file.prefix { $0 != "." })
        let expected = String(decoding: try FixtureFeeds.data("\(language).utf-8.xml"), as: UTF8.self)
        let decoded = TextTranscoder.utf8(from: try FixtureFeeds.data(file), file: file)
        #expect(FixtureFeeds.body(decoded.text) == FixtureFeeds.body(expected), "read as \(decoded.encoding)")
        #expect(decoded.diagnostics.allSatisfy { $0.severity == .note }, "\(decoded.diagnostics)")
    }
}
