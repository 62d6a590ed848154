import ArticleModel
import Foundation
import HTMLToMarkdown
import Testing

/// Hostile sizes and shapes: the converter must finish, quickly, and not crash. The limits are
/// generous (debug builds on a shared machine); a quadratic path would blow far past them.
@Suite struct PathologicalTests {
    private func timed(_ html: String) -> (Conversion, TimeInterval) {
        let start = Date()
        let conversion = HTMLToMarkdown.convert(HTMLFragment(html))
        return (conversion, Date().timeIntervalSince(start))
    }

    @Test func deepNestingIsNotACrash() {
        let html = String(repeating: "<div><blockquote>", count: 5_000) + "deep" + String(repeating: "</blockquote></div>", count: 5_000)
        let (conversion, seconds) = timed(html)
        let kept = conversion.markdown.text.contains("deep")
        let reported = conversion.diagnostics.contains { $0.severity == .warning && $0.message.contains("could not be parsed") }
        #expect(kept || reported)
        #expect(seconds < 10)
    }

    @Test func nestedQuotesKeepTheirText() {
        let html = String(repeating: "<blockquote>", count: 60) + "deep" + String(repeating: "</blockquote>", count: 60)
        let (conversion, _) = timed(html)
        #expect(conversion.markdown.text == String(repeating: "> ", count: 60) + "deep\n")
    }

    @Test func longRunsOfSpecialCharactersStayLinear() {
        let text = String(repeating: "*_[`<&\\ ", count: 20_000)
        let (conversion, seconds) = timed("<p>" + text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;") + "</p>")
        #expect(!conversion.markdown.text.isEmpty)
        #expect(seconds < 5)
    }

    @Test func manyParagraphsAndEmphasesStayLinear() {
        let html = String(repeating: "<p>Some <em>text</em> with a <a href=\"/x\">link</a> and <strong>bold (x)</strong>y.</p>\n", count: 5_000)
        let (conversion, seconds) = timed(html)
        #expect(conversion.markdown.text.components(separatedBy: "\n\n").count == 5_000)
        #expect(seconds < 5)
    }

    @Test func manyListItemsStayLinear() {
        let html = "<ul>" + String(repeating: "<li>item <b>x</b></li>", count: 10_000) + "</ul>"
        let (conversion, seconds) = timed(html)
        #expect(conversion.markdown.text.hasPrefix("- item **x**\n- item"))
        #expect(seconds < 5)
    }
}
