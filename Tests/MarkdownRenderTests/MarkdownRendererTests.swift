import ArticleModel
import MarkdownRender
import Testing

@Suite struct MarkdownRendererTests {
    @Test func rendersWithSmartPunctuation() {
        let html = MarkdownRenderer.html(from: Markdown("*Hi* -- \"you\" and 'me'...")).html
        #expect(html == "<p><em>Hi</em> – “you” and ‘me’…</p>\n")
    }

    @Test func keepsRawHTMLBlocksForTheSanitiserToJudge() {
        let html = MarkdownRenderer.html(from: Markdown("<table><tr><td>1</td></tr></table>\n\ntext")).html
        #expect(html == "<table><tr><td>1</td></tr></table>\n<p>text</p>\n")
    }

    @Test func replacesInvalidUTF8AndHandlesEmptyInput() {
        #expect(MarkdownRenderer.html(from: Markdown("")).html == "")
        #expect(MarkdownRenderer.html(from: Markdown("a\u{0}b")).html == "<p>a\u{FFFD}b</p>\n")
    }
}
