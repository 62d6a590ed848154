import ArticleModel
import HTMLToMarkdown
import MarkdownRender
import MarkupTree
import Testing

/// Plain text full of Markdown's special characters must come back from libcmark exactly:
/// the escaping is exact. (No quotes, dashes or `...`: smart punctuation would curl them.)
@Suite struct PlainTextRoundTripTests {
    static let texts = [
        "Mr. Smith went to Washington.", "3 * 4 = 12", "2*3*4", "a * b * c", "snake_case_name", "_private",
        "**not bold**", "*not em*", "__init__", "`code`", "a `b` c", "[link](url)", "[1]", "a]b",
        "![alt](src)", "<b>not html</b>", "a < b > c", "1 <2", "AT&T", "&amp; and &copy; and &#169;",
        "# not a heading", "#hashtag", "## also not", "> not a quote", "- not a list", "+ not a list",
        "* not a list", "1. not a list", "2) neither", "1986. A good year.", "10.5 percent", "=====",
        "***", "___", "- - -", "~~~ not a fence", "```", "C:\\Users\\me", "back\\slash\\",
        "a \\* b", "100% sure!", "{braces} and |pipes|", "x_1 + y_2", "email@example.com",
        "http://example.com", "<http://example.com>", "5 > 3", "Tom & Jerry", "&", "a&b;c",
        "Price: $5 (approx.)", "f(x) = [0, 1)", "+1", "-1", "1)", "#", "*", "_", "\\", "]",
    ]

    @Test(arguments: texts)
    func plainTextSurvives(_ text: String) {
        let html = "<p>" + MarkupSerializer.escapeText(text) + "</p>"
        let markdown = HTMLToMarkdown.convert(HTMLFragment(html)).markdown
        let rendered = MarkdownRenderer.html(from: markdown).html
        #expect(rendered == html + "\n", "markdown was: \(markdown.text)")
    }
}
