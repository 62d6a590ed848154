import HTMLSanitizer
import MarkupTree
import Foundation
import Testing

/// `Sanitizer.clean(html:)` on its own: what stays, what goes, and what it reports.
@Suite struct SanitizerTests {
    @Test(arguments: [
        ("<p>Plain <em>text</em></p>", "<p>Plain <em>text</em></p>"),
        (#"<p class="a" id="b" style="c" onclick="d()">x</p>"#, "<p>x</p>"),
        ("<p>a<script>alert(1)</script>b</p>", "<p>ab</p>"),
        ("<style>p{}</style><p>x</p>", "<p>x</p>"),
        (#"<a href="https://example.com/" target="_blank" rel="noopener">x</a>"#, #"<a href="https://example.com/">x</a>"#),
        (#"<a href="javascript:alert(1)">x</a>"#, "<a>x</a>"),
        (#"<a href="JAVASCRIPT:alert(1)">x</a>"#, "<a>x</a>"),
        (#"<a href="  java&#x09;script:alert(1)">x</a>"#, "<a>x</a>"),
        (#"<a href="&#x6A;avascript&#x3A;alert(1)">x</a>"#, "<a>x</a>"),
        (#"<a href="javascript&amp;colon;alert(1)">x</a>"#, "<a>x</a>"),
        (#"<a href="vbscript:x">x</a>"#, "<a>x</a>"),
        (#"<a href="file:///etc/passwd">x</a>"#, "<a>x</a>"),
        (#"<a href="data:text/html,hi">x</a>"#, "<a>x</a>"),
        (#"<a href="/relative?a=1&amp;b=2#top">x</a>"#, #"<a href="/relative?a=1&amp;b=2#top">x</a>"#),
        (#"<a href="mailto:a@example.com">x</a>"#, #"<a href="mailto:a@example.com">x</a>"#),
        (#"<img src="data:image/gif;base64,R0lGOD=" alt="g">"#, #"<img src="data:image/gif;base64,R0lGOD=" alt="g" />"#),
        (#"<img src="data:image/svg+xml,<svg/>" alt="s">"#, ""),
        (#"<img src="/a.png" onerror="x()" width="10" class="c">"#, #"<img src="/a.png" width="10" />"#),
        ("<iframe src=\"https://x/\">fallback</iframe><p>ok</p>", "<p>ok</p>"),
        ("<form><input><textarea>t</textarea><button>b</button></form>", ""),
        ("<svg><circle/></svg><math><mi>x</mi></math>", ""),
        ("<noscript>no</noscript><template>t</template>", ""),
        ("<custom-element>kept <b>text</b></custom-element>", "kept <b>text</b>"),
        ("<font color=red>old</font>", "old"),
        ("<p>a<!-- note -->b</p>", "<p>ab</p>"),
        (#"<ol start="3" reversed type="a"><li>x</li></ol>"#, #"<ol start="3" reversed=""><li>x</li></ol>"#),
        (#"<td colspan="2" rowspan="3" align="left">x</td>"#, #"<td colspan="2" rowspan="3">x</td>"#),
        (#"<table><tr><th scope="row" colspan="2">h</th></tr></table>"#, #"<table><tr><th scope="row" colspan="2">h</th></tr></table>"#),
        (#"<code class="language-swift hl">x</code>"#, #"<code class="language-swift">x</code>"#),
        (#"<code class="language-&quot;onclick">x</code>"#, "<code>x</code>"),
        (#"<blockquote cite="javascript:x()">q</blockquote>"#, "<blockquote>q</blockquote>"),
        ("<br><hr>", "<br /><hr />"),
    ])
    func cleans(_ input: String, _ expected: String) {
        #expect(Sanitizer.clean(html: input) == expected)
    }

    @Test func reportsWhatItRemoved() {
        let body = MarkupParser.html(#"<p onclick="x()"><a href="javascript:x()" onmouseover="y()">a</a><script>z()</script><img src="vbscript:x"></p>"#)
        let removed = Sanitizer.clean(body).removed
        #expect(removed == [
            "removed onclick attribute on <p>",
            "removed javascript: link",
            "removed onmouseover attribute on <a>",
            "removed <script>",
            "removed vbscript: image",
        ])
    }

    @Test func reportsNothingForCleanInput() {
        let body = MarkupParser.html(#"<p class="x"><a href="/a" rel="noopener">a</a></p>"#)
        #expect(Sanitizer.clean(body).removed.isEmpty)
    }

    @Test func cleansLibcmarkOutputIntoWellFormedXHTML() {
        let html = "<p>a<br>b</p>\n<pre><code class=\"language-c\">x &lt; y\n</code></pre>\n<table><tr><td>1</td></tr></table>\n"
        let clean = Sanitizer.clean(html: html)
        #expect(clean == "<p>a<br />b</p>\n<pre><code class=\"language-c\">x &lt; y\n</code></pre>\n<table><tr><td>1</td></tr></table>\n")
        let reparsed = MarkupParser.xml(Data(("<div>" + clean + "</div>").utf8))
        #expect(reparsed.problems.isEmpty)
    }
}
