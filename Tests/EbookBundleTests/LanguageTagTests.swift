import ArticleModel
@testable import EbookBundle
import Foundation
import Testing

/// The book's language is written only when it is shaped like a BCP 47 tag, else as `en`.
@Suite("Book language")
struct LanguageTagTests {
    static let cases: [(String, String)] = [
        ("en", "en"),
        ("en-US", "en-US"),
        ("en_GB", "en-GB"),
        (" fr-CA ", "fr-CA"),
        ("zh-Hant-TW", "zh-Hant-TW"),
        ("de-CH-1996", "de-CH-1996"),
        ("", "en"),
        ("e", "en"),
        ("English (United States)", "en"),
        ("zz-<script>", "en"),
        ("en\" onload=\"alert(1)", "en"),
        ("en-", "en"),
        ("en--US", "en"),
        ("abcdefghi", "en"),
        ("en-abcdefghi", "en"),
        ("1en", "en"),
        ("én", "en"),
        ("en-US\u{FFFE}", "en"),
    ]

    @Test("each language becomes the expected tag", arguments: 0..<cases.count)
    func tag(_ index: Int) {
        let (input, expected) = LanguageTagTests.cases[index]
        #expect((LanguageTag.normalized(input) ?? "en") == expected, "input: \(input)")
    }

    @Test("an invalid language is written as en in the package, the pages and the NCX")
    func inBook() throws {
        let config = SiteConfig(title: "Lang", language: "en\" onload=\"alert(1)")
        let book = try EPUBContents(try EPUBBuilder.epub([SampleArticles.quay], config: config, stylesheet: "",
                                                         modified: SampleArticles.modified))
        #expect(book.text("OEBPS/content.opf").contains("<dc:language>en</dc:language>"))
        #expect(book.text("OEBPS/content.opf").contains("xml:lang=\"en\">"))
        #expect(book.text("OEBPS/chapter-001.xhtml").contains("xml:lang=\"en\" lang=\"en\">"))
        #expect(book.text("OEBPS/toc.ncx").contains("xml:lang=\"en\">"))
        let digest = DigestBuilder.html([SampleArticles.quay], config: config, stylesheet: "")
        #expect(digest.contains("<html lang=\"en\">"))
    }
}
