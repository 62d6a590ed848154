import ArticleModel
import HTMLToMarkdown
import MarkdownRender
import Testing

/// Runs every example of `Spec/converter.txt`, and checks that what the examples produce is
/// safe once libcmark renders it.
@Suite struct ConverterSpecTests {
    @Test func specHasEnoughExamples() {
        #expect(SpecFile.converterExamples.count >= 100)
    }

    @Test(arguments: SpecFile.converterExamples)
    func example(_ example: SpecExample) {
        let markdown = HTMLToMarkdown.convert(HTMLFragment(example.html)).markdown.text
        #expect(markdown == example.markdown, "example \(example.number) at Spec/converter.txt:\(example.line)")
    }

    @Test(arguments: SpecFile.converterExamples)
    func renderedOutputHasNoActiveContent(_ example: SpecExample) {
        let markdown = HTMLToMarkdown.convert(HTMLFragment(example.html)).markdown
        let html = MarkdownRenderer.html(from: markdown).html.lowercased()
        #expect(!html.contains("<script"), "example \(example.number)")
        #expect(!html.contains("javascript:"), "example \(example.number)")
        #expect(html.firstMatch(of: /<[^>]*\son[a-z]+\s*=/) == nil, "example \(example.number)")
    }
}
