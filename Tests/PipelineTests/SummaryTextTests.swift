import ArticleModel
import Foundation
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

    /// WordPress ends a feed's excerpts with `[&#8230;]`, which the converter escapes as Markdown
    /// (`\[…]`); built for real, no page or feed shows either.
    @Test func aWordPressExcerptReachesNoOutputWithItsMarkdownEscape() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let feed = folder.appendingPathComponent("wp.xml")
        try Data("""
            <?xml version="1.0"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Quay</title>
            <item><title>Council meets</title><link>https://quay.example/council/</link>
            <pubDate>Fri, 28 Jun 2024 12:22:37 +0000</pubDate>
            <description><![CDATA[<p>The council met on Tuesday [&#8230;]</p>]]></description>
            <content:encoded><![CDATA[<p>The council met on Tuesday to talk about the harbour wall.</p>]]></content:encoded></item>
            </channel></rss>
            """.utf8).write(to: feed)
        let output = folder.appendingPathComponent("out")
        _ = try Pipeline.build(BuildRequest(source: .feeds([feed]), output: output, layouts: TestSupport.layouts))
        let tree = try TestSupport.tree(output)
        // Every text file (the EPUB is compressed, so its bytes say nothing).
        let escaped = tree.filter { !$0.key.hasSuffix(".epub") && String(decoding: $0.value, as: UTF8.self).contains(#"\["#) }.keys.sorted()
        #expect(escaped == [])
        for path in ["index.html", "feed.xml", "rss.xml", "feed.json", "2024/council-meets/index.html"] {
            let text = String(decoding: try #require(tree[path], "no \(path)"), as: UTF8.self)
            #expect(text.contains("The council met on Tuesday…") && !text.contains("[…]"), "\(path)")
        }
    }

    private func summary(body: String, summary: String? = nil) -> String {
        let article = Article(title: "T", slug: Slug("t"), date: nil, summary: summary, body: Markdown(body))
        var log: [Diagnostic] = []
        return RenderSteps.render([article], log: &log).articles[0].summary
    }
}
