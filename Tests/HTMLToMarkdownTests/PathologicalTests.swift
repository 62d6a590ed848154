import ArticleModel
import Foundation
import HTMLToMarkdown
import Testing

/// Hostile sizes and shapes: the converter finishes, does not crash and keeps the text. The
/// sizes are large enough that a quadratic path would not finish in a test run; how long the
/// converter takes is measured in `make bench` (bench/run.sh), never here.
@Suite struct PathologicalTests {
    private func converted(_ html: String) -> Conversion {
        HTMLToMarkdown.convert(HTMLFragment(html))
    }

    @Test func deepNestingIsNotACrash() {
        let html = String(repeating: "<div><blockquote>", count: 5_000) + "deep" + String(repeating: "</blockquote></div>", count: 5_000)
        let conversion = converted(html)
        let kept = conversion.markdown.text.contains("deep")
        let reported = conversion.diagnostics.contains { $0.severity == .warning && $0.message.contains("could not be parsed") }
        #expect(kept || reported)
    }

    @Test func nestedQuotesKeepTheirText() {
        let html = String(repeating: "<blockquote>", count: 60) + "deep" + String(repeating: "</blockquote>", count: 60)
        let conversion = converted(html)
        #expect(conversion.markdown.text == String(repeating: "> ", count: 60) + "deep\n")
    }

    @Test func longRunsOfSpecialCharactersStayLinear() {
        let text = String(repeating: "*_[`<&\\ ", count: 20_000)
        let conversion = converted("<p>" + text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;") + "</p>")
        #expect(!conversion.markdown.text.isEmpty)
    }

    @Test func manyParagraphsAndEmphasesStayLinear() {
        let html = String(repeating: "<p>Some <em>text</em> with a <a href=\"/x\">link</a> and <strong>bold (x)</strong>y.</p>\n", count: 5_000)
        let conversion = converted(html)
        #expect(conversion.markdown.text.components(separatedBy: "\n\n").count == 5_000)
    }

    @Test func manyListItemsStayLinear() {
        let html = "<ul>" + String(repeating: "<li>item <b>x</b></li>", count: 10_000) + "</ul>"
        let conversion = converted(html)
        #expect(conversion.markdown.text.hasPrefix("- item **x**\n- item"))
        #expect(conversion.markdown.text.components(separatedBy: "- item **x**\n").count == 10_001)
    }
}
