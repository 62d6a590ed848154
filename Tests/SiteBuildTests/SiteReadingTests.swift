import ArticleModel
import Foundation
import MarkupTree
import SiteBuild
import Testing

/// Defects readers met (issue 9), each pinned: wide blocks keyboard-scrollable, one "Older"
/// link on a month page, the stylesheet's wrapping rules.
@Suite struct SiteReadingTests {
    @Test func tablesScrollInAFocusableWrapperAndCodeBlocksTakeTheFocus() throws {
        var item = SiteFixture.article("Tide table", "2024-05-01T10:00:00Z")
        item.html = HTMLFragment("<table><tr><td>October</td></tr></table>\n<pre><code class=\"language-swift\">let x = 1</code></pre>\n<p>&lt;table&gt; &lt;pre&gt;</p>")
        let site = try SiteFixture.build([item])
        let page = try #require(site.text("2024/tide-table/index.html"))
        #expect(page.contains("""
            <div class="article-body">
            <div class="table-scroll" tabindex="0"><table><tr><td>October</td></tr></table></div>
            <pre tabindex="0"><code class="language-swift">let x = 1</code></pre>
            <p>&lt;table&gt; &lt;pre&gt;</p>
            """))
        // Feeds carry the body as it is.
        let feed = MarkupParser.xml(try #require(site.files.first { $0.path == "feed.xml" }).contents).root
        #expect(feed?.child("entry")?.child("content")?.textContent == item.html.html)
    }

    @Test func aPaginatedMonthPageHasOneOlderLink() throws {
        let site = try SiteFixture.build(SiteFixture.small, pageSize: 1)
        let january = try #require(site.text("archive/2024/01/index.html"))
        #expect(january.components(separatedBy: "Older").count == 2, "one “Older” link: the next page's")
        #expect(january.contains("rel=\"next\">Older →</a>"))
        #expect(january.contains("<span>Previous month</span> December 2023</a>"))
        #expect(january.contains("<nav class=\"periods\" aria-label=\"Other months\">"))
    }

    /// The rules behind "Octo / ber" (see LayoutBrowserTests for what a browser makes of them).
    @Test func onlyWordsLongerThanTheLineBreakInTheText() throws {
        let css = String(decoding: try #require(SiteFixture.layouts["assets/style.css"]), as: UTF8.self)
        let start = try #require(css.range(of: "\nbody {"))
        let rule = css[start.upperBound...].prefix { $0 != "}" }
        #expect(rule.contains("overflow-wrap: break-word;") && !rule.contains("overflow-wrap: anywhere"))
        #expect(css.contains(".table-scroll { overflow-x: auto;"))
        #expect(!css.contains("display: block; overflow-x: auto"))  // a table shown as a block loses its semantics
    }
}
