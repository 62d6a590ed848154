import ArticleModel
import HTMLToMarkdown
import MarkdownRender
import Testing

/// Runs every example of `Spec/base-url.txt` with its base URL, and checks the API around it.
@Suite struct BaseURLSpecTests {
    @Test func specHasExamples() {
        #expect(SpecFile.baseURLExamples.count >= 15)
    }

    @Test(arguments: SpecFile.baseURLExamples)
    func example(_ example: SpecExample) {
        let markdown = HTMLToMarkdown.convert(HTMLFragment(example.html), baseURL: SpecFile.baseURL).markdown.text
        #expect(markdown == example.markdown, "example \(example.number) at Spec/\(example.file):\(example.line)")
    }

    @Test(arguments: SpecFile.baseURLExamples)
    func renderedOutputHasNoActiveContent(_ example: SpecExample) {
        let markdown = HTMLToMarkdown.convert(HTMLFragment(example.html), baseURL: SpecFile.baseURL).markdown
        let html = MarkdownRenderer.html(from: markdown).html.lowercased()
        #expect(!html.contains("javascript:"), "example \(example.number)")
        #expect(!html.contains("vbscript:"), "example \(example.number)")
        #expect(!html.contains("data:text"), "example \(example.number)")
    }

    @Test func withoutABaseRelativeURLsStayRelative() {
        let html = HTMLFragment(#"<p><a href="../related/">R</a> <img src="/a.jpg" alt="A"></p>"#)
        let expected = "[R](../related/) ![A](/a.jpg)\n"
        #expect(HTMLToMarkdown.convert(html).markdown.text == expected)
        #expect(HTMLToMarkdown.convert(html, baseURL: nil).markdown.text == expected)
        #expect(MarkdownConverter().convert(html).markdown.text == expected)
        #expect(MarkdownConverter().convert(html, baseURL: nil).markdown.text == expected)
    }

    @Test func aReusedConverterResolvesEachArticleAgainstItsOwnBase() {
        let converter = MarkdownConverter(rules: CleaningRules(dropText: [], dropClasses: []))
        let html = HTMLFragment(#"<a href="next/">Next</a>"#)
        #expect(converter.convert(html, baseURL: "https://a.example/one/").markdown.text == "[Next](https://a.example/one/next/)\n")
        #expect(converter.convert(html, baseURL: "http://b.example/two/").markdown.text == "[Next](http://b.example/two/next/)\n")
        let custom = HTMLToMarkdown.convert(html, rules: CleaningRules(dropText: [], dropClasses: ["x"]), baseURL: "https://c.example/three")
        #expect(custom.markdown.text == "[Next](https://c.example/next/)\n")
    }

    @Test(arguments: ["file:///tmp/story/", "/2024/06/story/", "javascript:alert(1)", "not a url", ""])
    func aBaseThatIsNotAbsoluteHTTPIsIgnoredWithAWarning(_ base: String) {
        let conversion = HTMLToMarkdown.convert(HTMLFragment(#"<a href="x/">X</a>"#), baseURL: base)
        #expect(conversion.markdown.text == "[X](x/)\n")
        #expect(conversion.diagnostics.map(\.message) == ["base URL \"\(base)\" is not an absolute http or https URL; relative URLs were kept"])
        #expect(conversion.diagnostics.map(\.severity) == [.warning])
    }

    @Test func aGoodBaseAddsNoDiagnostics() {
        let conversion = HTMLToMarkdown.convert(HTMLFragment(#"<p><a href="x/">X</a></p>"#), baseURL: SpecFile.baseURL)
        #expect(conversion.diagnostics.isEmpty)
    }
}
