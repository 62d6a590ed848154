import ArticleModel
@testable import Pipeline
import Testing

/// The plain text lists, feeds and descriptions show of an article, from its rendered HTML:
/// each case is a Markdown body (and summary) beside the summary expected.
@Suite struct SummaryTextTests {
    @Test(arguments: [
        // A figure's picture and caption (as the converter writes them), then a dateline paragraph.
        ("![The quay](https://x.example/q.jpg)\n\n*The quay at dawn. Photo: Ann*\n\n**Marrowby:**\n\nFares on the valley line will rise.",
         "Fares on the valley line will rise."),
        // A bold dateline leading the first paragraph; a standfirst before it stays.
        ("**Trains will cost more.**\n\n**Seoul:** North Korea fired a missile.", "Trains will cost more. North Korea fired a missile."),
        ("SEOUL —\n\nA launch was seen.", "A launch was seen."),
        // Emphasis that follows no picture is prose, not a caption.
        ("*An aside in italics.*\n\nThen text.", "An aside in italics. Then text."),
        // A raw figure, a table and code are not prose.
        ("<figure><img src=\"https://x.example/a.jpg\" alt=\"\"><figcaption>Caption</figcaption></figure>\n\n<table><tr><td>Octo</td></tr></table>\n\n```\nlet x = 1\n```\n\nProse.",
         "Prose."),
        // Entities decoded, inline elements joined, blocks apart.
        ("## Tom &amp; Jerry\n\n*out*&#8212;fast &#x263A; a&b\n\nNext", "Tom & Jerry out—fast ☺ a&b Next"),
        // A short sentence that ends in a colon is not a dateline unless it is all capitalised words.
        ("Here is how:\n\n- one", "Here is how: one"),
    ])
    func excerptsLeaveOutCaptionsAndDatelines(body: String, expected: String) {
        #expect(summary(body: body) == expected)
    }

    @Test func excerptsStopAfterFortyWords() {
        let body = (0..<50).map { "word\($0)" }.joined(separator: " ")
        #expect(summary(body: body) == (0..<40).map { "word\($0)" }.joined(separator: " ") + "…")
    }

    @Test(arguments: [
        // The converter writes WordPress's "[…]" escaped; the reader sees neither the escape nor the brackets.
        (#"The council met on Tuesday \[…]"#, "The council met on Tuesday…"),
        (#"Votes were counted \[...\]"#, "Votes were counted…"),
        ("  Two\n lines <b>here</b>  ", "Two lines here"),
        ("A *brief* [note](https://x.example/) & more", "A brief note & more"),
        (#"5 \* 3 is 15"#, "5 * 3 is 15"),
    ])
    func summariesAreTheirRenderedText(markdown: String, expected: String) {
        #expect(summary(body: "The body.", summary: markdown) == expected)
    }

    @Test func anEmptySummaryFallsBackToTheBody() {
        #expect(summary(body: "The body.", summary: "<br>") == "The body.")
    }

    private func summary(body: String, summary: String? = nil) -> String {
        let article = Article(title: "T", slug: Slug("t"), date: nil, summary: summary, body: Markdown(body))
        var log: [Diagnostic] = []
        return RenderSteps.render([article], log: &log).articles[0].summary
    }
}
