import ArticleModel
import HTMLSanitizer
import HTMLToMarkdown
import MarkdownRender
import MarkupTree
import Testing

/// Runs every example of `Spec/converter.txt`, and checks that what the examples produce is
/// safe once libcmark renders it.
@Suite struct ConverterSpecTests {
    @Test func specHasEnoughExamples() {
        #expect(SpecFile.converterExamples.count >= 100)
        #expect(!SpecFile.regressionExamples.isEmpty)
    }

    @Test(arguments: SpecFile.allExamples)
    func example(_ example: SpecExample) {
        let markdown = HTMLToMarkdown.convert(HTMLFragment(example.html)).markdown.text
        #expect(markdown == example.markdown, "example \(example.number) at Spec/\(example.file):\(example.line)")
    }

    @Test(arguments: SpecFile.allExamples)
    func renderedOutputHasNoActiveContent(_ example: SpecExample) {
        let markdown = HTMLToMarkdown.convert(HTMLFragment(example.html)).markdown
        let html = MarkdownRenderer.html(from: markdown).html.lowercased()
        #expect(!html.contains("<script"), "example \(example.number)")
        #expect(!html.contains("javascript:"), "example \(example.number)")
        // Within each tag, quoted values (a title may say `onerror=`) are left out.
        for tag in html.matches(of: /<[a-z][^>]*>/) {
            let names = String(tag.output).replacing(/"[^"]*"/, with: "\"\"")
            #expect(names.firstMatch(of: /\son[a-z]+\s*=/) == nil, "example \(example.number)")
        }
    }

    /// No text is lost or gains stray backslashes: the text libcmark renders from the Markdown
    /// is the text of the sanitised input (whitespace and smart punctuation aside). Boilerplate
    /// examples drop text on purpose, embedded frames and players become a labelled link on
    /// purpose, and links without text gain their address on purpose: all are left out.
    @Test(arguments: SpecFile.allExamples.filter {
        $0.section != "Boilerplate" && $0.section != "Links without text" && !$0.markdown.contains("[Embedded ")
    })
    func renderedTextMatchesTheCleanInput(_ example: SpecExample) {
        let markdown = HTMLToMarkdown.convert(HTMLFragment(example.html)).markdown
        let rendered = MarkdownRenderer.html(from: markdown).html
        let input = Sanitizer.clean(MarkupParser.html(example.html)).body.textContent
        let output = MarkupParser.html(rendered).textContent
        #expect(Self.comparable(output) == Self.comparable(input), "example \(example.number)")
    }

    private static func comparable(_ text: String) -> String {
        var out = ""
        for character in text where !character.isWhitespace {
            switch character {
            case "–": out += "--"
            case "—": out += "---"
            case "“", "”": out += "\""
            case "‘", "’": out += "'"
            case "…": out += "..."
            default: out.append(character)
            }
        }
        return out
    }
}
