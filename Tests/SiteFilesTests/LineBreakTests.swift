import ArticleModel
import SiteFiles
import Testing

/// An article file reads back as it was written whatever line ends its body holds (found by
/// the front-matter fuzzer: writing split lines at more characters than reading did).
@Suite struct LineBreakTests {
    @Test(arguments: ["a\rb", "a\r\nb", "a\nb", "a\u{2028}b", "a\u{0B}b", "a\u{0C}b", "a\u{85}b", "end\r\r\r\n\nnext"])
    func aBodyReadsBackAsWritten(body: String) throws {
        let written = ArticleFileFormat.text(of: ArticleFile(frontMatter: FrontMatter(title: "T"), body: Markdown(body)))
        let (once, _) = try ArticleFileFormat.parse(written, file: "a.md")
        let (twice, _) = try ArticleFileFormat.parse(ArticleFileFormat.text(of: once), file: "a.md")
        #expect(twice == once)
        #expect(!once.body.text.contains("\r"))
    }
}
