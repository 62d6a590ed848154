import ArticleModel
@testable import Pipeline
import Testing

/// The render step's figures (``CaptionedFigures``): each case is a Markdown body beside the
/// HTML the render step gives for it (libcmark, the sanitiser, figures, headings).
@Suite struct CaptionedFiguresTests {
    @Test(arguments: [
        // The converter's form of a figure: the picture's paragraph, then the caption in italics.
        ("![The quay](https://x.example/q.jpg)\n\n*The quay at dawn. Photo: Ann Lee*",
         #"<figure><img src="https://x.example/q.jpg" alt="The quay" /><figcaption>The quay at dawn. Photo: Ann Lee</figcaption></figure>"# + "\n"),
        // A bold credit and a link keep their markup inside the caption.
        ("![](/p.jpg)\n\n***Photo:** AP*", #"<figure><img src="/p.jpg" alt="" /><figcaption><strong>Photo:</strong> AP</figcaption></figure>"# + "\n"),
        ("![Map](/m.png \"Tides\")\n\n*See [the chart](https://x.example/tides) for times*",
         #"<figure><img src="/m.png" alt="Map" title="Tides" /><figcaption>See <a href="https://x.example/tides">the chart</a> for times</figcaption></figure>"# + "\n"),
        // A picture inside a link stays linked; `_` emphasis is a caption too.
        ("[![Thumb](/t.jpg)](/full.jpg)\n\n_The full picture_",
         #"<figure><a href="/full.jpg"><img src="/t.jpg" alt="Thumb" /></a><figcaption>The full picture</figcaption></figure>"# + "\n"),
        // Two figures in a row; a figure in a quote and in a list item.
        ("![A](/a.jpg)\n\n*One*\n\n![B](/b.jpg)\n\n*Two*",
         #"<figure><img src="/a.jpg" alt="A" /><figcaption>One</figcaption></figure>"# + "\n"
            + #"<figure><img src="/b.jpg" alt="B" /><figcaption>Two</figcaption></figure>"# + "\n"),
        ("> ![A](/a.jpg)\n>\n> *Quoted*", "<blockquote>\n" + #"<figure><img src="/a.jpg" alt="A" /><figcaption>Quoted</figcaption></figure>"# + "\n</blockquote>\n"),
        ("- ![A](/a.jpg)\n\n  *Listed*\n- two",
         "<ul>\n<li>\n" + #"<figure><img src="/a.jpg" alt="A" /><figcaption>Listed</figcaption></figure>"# + "\n</li>\n<li>\n<p>two</p>\n</li>\n</ul>\n"),
        // Raw HTML in the same two-paragraph shape, with `<i>`.
        (#"<p><img src="/a.jpg" alt="A"></p><p><i>Raw</i></p>"#, #"<figure><img src="/a.jpg" alt="A" /><figcaption>Raw</figcaption></figure>"# + "\n"),
        // A raw figure is kept as written.
        (#"<figure><img src="/a.jpg" alt="A"><figcaption>Kept</figcaption></figure>"#,
         #"<figure><img src="/a.jpg" alt="A" /><figcaption>Kept</figcaption></figure>"# + "\n"),
    ])
    func captionedPicturesBecomeFigures(markdown: String, html: String) {
        #expect(rendered(markdown) == html)
    }

    @Test(arguments: [
        // An italic paragraph that follows no picture is a paragraph.
        ("Text first.\n\n*An aside*", "<p>Text first.</p>\n<p><em>An aside</em></p>\n"),
        // A caption above the picture is not read as one (the converter writes it below).
        ("*Above*\n\n![A](/a.jpg)", #"<p><em>Above</em></p>"# + "\n" + #"<p><img src="/a.jpg" alt="A" /></p>"# + "\n"),
        // Two pictures in one paragraph stay as they are, caption and all.
        ("![A](/a.jpg)![B](/b.jpg)\n\n*Both*",
         #"<p><img src="/a.jpg" alt="A" /><img src="/b.jpg" alt="B" /></p>"# + "\n<p><em>Both</em></p>\n"),
        // A picture without a caption stays a paragraph.
        ("![A](/a.jpg)\n\nText.", #"<p><img src="/a.jpg" alt="A" /></p>"# + "\n<p>Text.</p>\n"),
        // A paragraph only partly emphasised, or bold, is no caption.
        ("![A](/a.jpg)\n\n*Half* of it", #"<p><img src="/a.jpg" alt="A" /></p>"# + "\n<p><em>Half</em> of it</p>\n"),
        ("![A](/a.jpg)\n\n**Bold**", #"<p><img src="/a.jpg" alt="A" /></p>"# + "\n<p><strong>Bold</strong></p>\n"),
        // Text beside the picture, or the italics in the same paragraph (one line break).
        ("![A](/a.jpg) and text\n\n*Cap*", #"<p><img src="/a.jpg" alt="A" /> and text</p>"# + "\n<p><em>Cap</em></p>\n"),
        ("![A](/a.jpg)\n*Cap*", #"<p><img src="/a.jpg" alt="A" />"# + "\n<em>Cap</em></p>\n"),
        // A link with text is not a picture; a heading between the two ends the figure.
        ("[Text](/a)\n\n*Cap*", #"<p><a href="/a">Text</a></p>"# + "\n<p><em>Cap</em></p>\n"),
        ("![A](/a.jpg)\n\n## Next\n\n*Cap*", #"<p><img src="/a.jpg" alt="A" /></p>"# + "\n<h2>Next</h2>\n<p><em>Cap</em></p>\n"),
    ])
    func otherParagraphsStayAsTheyAre(markdown: String, html: String) {
        #expect(rendered(markdown) == html)
    }

    @Test func aCaptionNeverCountsInTheSummary() {
        let article = Article(title: "T", slug: Slug("t"), date: nil, body: Markdown("![A](/a.jpg)\n\n*A caption*\n\nThe story."))
        var log: [Diagnostic] = []
        #expect(RenderSteps.render([article], log: &log).articles[0].summary == "The story.")
    }

    private func rendered(_ markdown: String) -> String {
        let article = Article(title: "T", slug: Slug("t"), date: nil, body: Markdown(markdown))
        var log: [Diagnostic] = []
        return RenderSteps.render([article], log: &log).articles[0].html.html
    }
}
