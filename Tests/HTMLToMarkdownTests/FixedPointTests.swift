import ArticleModel
import HTMLToMarkdown
import MarkdownRender
import Testing

/// No active content can leave the converter: for hostile fragments, HTML → Markdown →
/// libcmark → sanitiser is a fixed point (the sanitiser has nothing left to remove from what
/// the Markdown renders to), and the rendered HTML has no script URL, no `on…` attribute and
/// no element that runs anything. This is what `convert` and imported Markdown files are
/// trusted for, since neither goes through the site's second sanitiser.
@Suite struct FixedPointTests {
    @Test func corpusIsLargeEnough() {
        #expect(HostileFragments.all.count >= 60)
    }

    @Test(arguments: HostileFragments.all)
    func hostileFragmentRendersToAFixedPoint(_ html: String) {
        let problems = FixedPointCheck.problems(html)
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }

    /// Thousands of generated fragments, from a fixed seed so that a failure reproduces.
    @Test func randomHostileFragmentsRenderToAFixedPoint() {
        var generator = HostileFragmentGenerator(seed: 6)
        var failures: [String] = []
        for _ in 0..<4_000 {
            failures += FixedPointCheck.problems(generator.fragment())
        }
        #expect(failures.isEmpty, "\(failures.count) failures, first: \(failures.prefix(5).joined(separator: "\n"))")
    }

    /// The checker itself finds what it is looking for (a test that cannot fail is worse than
    /// none): libcmark's rendering of the old `\&` escape, a handler, an embedded frame.
    @Test(arguments: [
        #"<p><a href="javascript:alert(1)">x</a></p>"#,
        #"<p><a href="java&#x09;script&colon;alert(1)">x</a></p>"#,
        #"<p><img src="x" onerror="alert(1)" /></p>"#,
        #"<p><img src=x onerror=alert(1)></p>"#,
        #"<iframe src="https://x.example/"></iframe>"#,
    ])
    func checkerFindsActiveContent(_ html: String) {
        #expect(!FixedPointCheck.activeContent(in: html).isEmpty)
    }

    @Test func oldEscapeOfAnAmpersandRendersAScriptLink() {
        let rendered = MarkdownRenderer.html(from: Markdown(#"[x](javascript\&#x03a;alert(1))"#)).html
        #expect(!FixedPointCheck.activeContent(in: rendered).isEmpty)
    }

    /// A link inside a link must not break the outer one apart: its title stays a title.
    @Test func linkInsideALinkKeepsTheOuterLinkWhole() {
        let html = #"<p><a href="/a" title="&lt;img src=x onerror=alert(1)&gt;">a<span><a href="/b">b</a></span>c</a></p>"#
        let rendered = MarkdownRenderer.html(from: HTMLToMarkdown.convert(HTMLFragment(html)).markdown).html
        #expect(rendered == "<p><a href=\"/a\" title=\"&lt;img src=x onerror=alert(1)&gt;\">abc</a></p>\n")
    }

    @Test func keptLinksStayLinks() {
        let markdown = HTMLToMarkdown.convert(HTMLFragment(#"<p><a href="/x?q=&amp;copy;&amp;b" title="a &amp;copy; &quot;b&quot; &lt;c&gt;">x</a></p>"#)).markdown
        let rendered = MarkdownRenderer.html(from: markdown).html
        #expect(rendered == "<p><a href=\"/x?q=&amp;copy;&amp;b\" title=\"a &amp;copy; &quot;b&quot; &lt;c&gt;\">x</a></p>\n")
    }
}
