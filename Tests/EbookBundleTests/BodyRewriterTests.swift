@testable import EbookBundle
import MarkupTree
import Testing

/// Body rewriting as data: each case is an input body and the XHTML expected for it, with the
/// base URL `https://site.example/news/` and the id prefix `a-`.
@Suite("Body rewriting")
struct BodyRewriterTests {
    static let cases: [(String, String)] = [
        ("<p>Plain &amp; simple</p>",
         "<p>Plain &amp; simple</p>"),
        ("<p><img src=\"https://cdn.example/a.jpg\" alt=\"A harbour\"></p>",
         "<p><span class=\"media-placeholder\">[Image: A harbour] (<a href=\"https://cdn.example/a.jpg\">view image</a>)</span></p>"),
        ("<p><img src=\"pics/b.png\"></p>",
         "<p><span class=\"media-placeholder\">[Image] (<a href=\"https://site.example/news/pics/b.png\">view image</a>)</span></p>"),
        ("<p><img src=\"data:image/png;base64,AAAA\" alt=\"dot\"></p>",
         "<p><span class=\"media-placeholder\">[Image: dot]</span></p>"),
        ("<p><a href=\"https://x.example/\"><img src=\"https://x.example/c.png\" alt=\"C\"></a></p>",
         "<p><a href=\"https://x.example/\"><span class=\"media-placeholder\">[Image: C]</span></a></p>"),
        ("<p><a href=\"javascript:alert(1)\">run</a> <a href=\"mailto:desk@site.example\">mail</a></p>",
         "<p>run <a href=\"mailto:desk@site.example\">mail</a></p>"),
        ("<p id=\"top\"><a href=\"#top\">up</a> <a href=\"#gone\">gone</a></p>",
         "<p id=\"a-top\"><a href=\"#a-top\">up</a> gone</p>"),
        ("<p><a name=\"old\">target</a> <a href=\"#old\">link</a></p>",
         "<p><span id=\"a-old\">target</span> <a href=\"#a-old\">link</a></p>"),
        ("<p id=\"x y\">1</p><p id=\"x y\">2</p>",
         "<p id=\"a-x-y\">1</p><p>2</p>"),
        ("<table border=\"1\" width=\"50%\"><tr><td colspan=\"2\" align=\"left\">w</td><td rowspan=\"x\">v</td></tr></table>",
         "<table><tr><td colspan=\"2\">w</td><td>v</td></tr></table>"),
        ("<p>a<script>alert(1)</script><font color=\"red\">b</font><br></p>",
         "<p>ab<br /></p>"),
        ("<video src=\"https://v.example/m.mp4\">Your browser cannot play this.</video>",
         "<span class=\"media-placeholder\">[Video] (<a href=\"https://v.example/m.mp4\">view video</a>)</span>"),
        ("<pre><code class=\"language-swift\">if a &lt; b { }</code></pre>",
         "<pre><code class=\"language-swift\">if a &lt; b { }</code></pre>"),
        // Tables: cells wrapped in a row, caption first, stray content moved before the table.
        ("<table><td>a</td><td>b</td></table>",
         "<table><tr><td>a</td><td>b</td></tr></table>"),
        ("<table><tr><td>a</td></tr><caption>late</caption></table>",
         "<table><caption>late</caption><tr><td>a</td></tr></table>"),
        ("<table><tr><td>x</td></tr><p>stray</p></table>",
         "<p>stray</p><table><tr><td>x</td></tr></table>"),
        ("<table><caption>one</caption><caption id=\"c2\">two</caption><tr><td>x</td></tr></table>",
         "<div id=\"a-c2\">two</div><table><caption>one</caption><tr><td>x</td></tr></table>"),
        ("<table><tfoot><tr><td>f</td></tr></tfoot><tbody><tr><td>b</td></tr></tbody><thead><tr><th>h</th></tr></thead></table>",
         "<table><thead><tr><th>h</th></tr></thead><tbody><tr><td>b</td></tr></tbody><tfoot><tr><td>f</td></tr></tfoot></table>"),
        ("<table><thead><td>h</td></thead><thead><tr><td>h2</td></tr></thead></table>",
         "<table><thead><tr><td>h</td></tr></thead><tbody><tr><td>h2</td></tr></tbody></table>"),
        ("<table>\n<tr><td>ok</td></tr>\n</table>",
         "<table><tr><td>ok</td></tr></table>"),
        // Definition lists: kept when terms come before descriptions, else written as divs.
        ("<dl><dt>a</dt><dt>b</dt><dd>c</dd><dd>d</dd></dl>",
         "<dl><dt>a</dt><dt>b</dt><dd>c</dd><dd>d</dd></dl>"),
        ("<dl><dd>orphan</dd></dl>",
         "<div class=\"dl\"><div class=\"dd\">orphan</div></div>"),
        ("<dl class=\"terms\"><dt class=\"t\">t</dt><p>p in dl</p></dl>",
         "<div class=\"dl terms\"><div class=\"dt t\">t</div><p>p in dl</p></div>"),
        ("<dl><dt>t</dt></dl>",
         "<div class=\"dl\"><div class=\"dt\">t</div></div>"),
        // Details: one summary, first.
        ("<details><p>no summary</p></details>",
         "<details><summary>Details</summary><p>no summary</p></details>"),
        ("<details><p>x</p><summary>S</summary><summary>T</summary></details>",
         "<details><summary>S</summary><p>x</p><div>T</div></details>"),
        ("<details><summary>S</summary><p>x</p></details>",
         "<details><summary>S</summary><p>x</p></details>"),
        // Lists: other content put in an item.
        ("<ul><p>p in ul</p><li>li</li>text in ul</ul>",
         "<ul><li><p>p in ul</p></li><li>li</li><li>text in ul</li></ul>"),
        ("<ol>\n<li>a</li>\n</ol>",
         "<ol>\n<li>a</li>\n</ol>"),
        // Figures: one caption, first or last.
        ("<figure><figcaption>a</figcaption><p>b</p><figcaption>c</figcaption></figure>",
         "<figure><figcaption>a</figcaption><p>b</p><div>c</div></figure>"),
        ("<figure><p>b</p><figcaption>a</figcaption><p>c</p></figure>",
         "<figure><p>b</p><p>c</p><figcaption>a</figcaption></figure>"),
        ("<figure><p>b</p><figcaption>a</figcaption></figure>",
         "<figure><p>b</p><figcaption>a</figcaption></figure>"),
        // Elements outside the only parents they may have.
        ("<div><li class=\"x\">li</li><td>td</td><dt>dt</dt><dd>dd</dd><summary>s</summary><figcaption>f</figcaption></div>",
         "<div><div class=\"x\">li</div><div>td</div><div>dt</div><div>dd</div><div>s</div><div>f</div></div>"),
        ("<div><tr><td>a</td><th>b</th></tr></div>",
         "<div><div><div>a</div><div>b</div></div></div>"),
        ("<li>top-level item</li>",
         "<div>top-level item</div>"),
        ("<p><span><li>in a span</li></span></p>",
         "<p><span><span>in a span</span></span></p>"),
    ]

    @Test("each case rewrites to the expected XHTML", arguments: 0..<cases.count)
    func rewrite(_ index: Int) {
        let (input, expected) = BodyRewriterTests.cases[index]
        let rewriter = BodyRewriter(baseURL: "https://site.example/news/", idPrefix: "a-")
        let output = MarkupSerializer.html(rewriter.rewrite(MarkupParser.html(input).children))
        #expect(output == expected, "input: \(input)")
    }

    @Test("relative links without a base URL are unwrapped")
    func noBase() {
        let rewriter = BodyRewriter(baseURL: "", idPrefix: "a-")
        let output = MarkupSerializer.html(rewriter.rewrite(MarkupParser.html("<p><a href=\"/x\">x</a></p>").children))
        #expect(output == "<p>x</p>")
    }
}
