import ArticleModel
import Foundation
import MarkupTree
import SiteBuild
import Testing

@Suite struct SitePageTests {
    @Test func indexIsPaginatedWithNumbersAndCurrentPageMarked() throws {
        let site = try SiteFixture.build(SiteFixture.large, pageSize: 10)
        #expect(site.pages.filter { $0 == "index.html" || $0.hasPrefix("page/") } == ["index.html", "page/2/index.html", "page/3/index.html"])
        let entries = ["index.html", "page/2/index.html", "page/3/index.html"].map { entryCount(site.text($0)!) }
        #expect(entries == [10, 10, 5])
        let second = try #require(site.text("page/2/index.html"))
        #expect(second.contains("<a href=\"../../page/2/index.html\" aria-current=\"page\">2</a>"))
        #expect(second.contains("<a href=\"../../index.html\" rel=\"prev\">← Newer</a>"))
        #expect(second.contains("<a href=\"../../page/3/index.html\" rel=\"next\">Older →</a>"))
        #expect(second.contains("<title>Latest articles, page 2 – The Daily Test</title>"))
        #expect(second.contains("<h1>Latest articles, page 2</h1>"))
        let first = try #require(site.text("index.html"))
        #expect(first.contains("<title>The Daily Test</title>"))
        #expect(first.contains("<h1>Latest articles</h1>"))
        #expect(second.components(separatedBy: "aria-current").count == 2)
    }

    @Test func longListsShowAShortWindowOfPageNumbers() throws {
        let site = try SiteFixture.build(SiteFixture.large, pageSize: 1)
        let middle = try #require(site.text("page/12/index.html"))
        let numbers = PageLinks(path: "page/12/index.html", html: middle).links.filter { $0.contains("page/") || $0 == "../../index.html" }
        #expect(middle.contains("<li class=\"gap\" aria-hidden=\"true\">…</li>"))
        #expect(middle.contains(">25</a>"))
        #expect(!middle.contains(">5</a>"))
        #expect(numbers.count < 14)
    }

    @Test func tagIndexCountsArticlesPerTag() throws {
        let site = try SiteFixture.build(SiteFixture.small)
        let tags = try #require(site.text("tags/index.html"))
        #expect(tags.contains("<li><a href=\"../tags/economy/index.html\">Economy</a> <span class=\"count\">3</span></li>"))
        #expect(tags.contains("<li><a href=\"../tags/politics/index.html\">Politics</a> <span class=\"count\">2</span></li>"))
        #expect(tags.contains("<li><a href=\"../tags/transport/index.html\">Transport</a> <span class=\"count\">1</span></li>"))
        #expect(tags.contains("<li><a href=\"../tags/weather/index.html\">Weather</a> <span class=\"count\">2</span></li>"))
        let economy = try #require(site.text("tags/economy/index.html"))
        #expect(economy.contains("<h1>Tagged “Economy”</h1>"))
        #expect(economy.contains("3 articles"))
        #expect(entryCount(economy) == 2)
        #expect(entryCount(site.text("tags/economy/page/2/index.html")!) == 1)
    }

    @Test func articlePageShowsEverything() throws {
        let site = try SiteFixture.build(SiteFixture.small)
        let page = try #require(site.text("2023/autumn-budget/index.html"))
        #expect(page.contains("<title>Autumn Budget – The Daily Test</title>"))
        #expect(page.contains("<h1>Autumn Budget</h1>"))
        #expect(page.contains("<time datetime=\"2023-11-20T12:00:00+00:00\">20 November 2023</time>"))
        #expect(page.contains("by Ann Writer"))
        #expect(page.contains("1 min read"))
        #expect(page.contains("<a href=\"../../tags/economy/index.html\" rel=\"tag\">Economy</a>"))
        #expect(page.contains("<a href=\"https://news.example/autumn-budget\">https://news.example/autumn-budget</a>"))
        #expect(page.contains("<p>word0 word1"))
        let long = try #require(site.text("2024/new-year-markets/index.html"))
        #expect(long.contains("4 min read"))
        #expect(long.contains("by Desk"))  // the site's author stands in
        #expect(!long.contains("Originally published"))
    }

    @Test func summariesComeFromTheArticleOrAnExcerptOfFortyWords() throws {
        let site = try SiteFixture.build(SiteFixture.small, pageSize: 10)
        let index = try #require(site.text("index.html"))
        #expect(index.contains("<p class=\"summary\">The budget, in brief.</p>"))
        let excerpt = (0..<40).map { "word\($0)" }.joined(separator: " ") + "…</p>"
        #expect(index.contains("<p class=\"summary\">" + excerpt))
    }

    @Test func titlesAndTagsAreEscapedAndOnlyBodiesAreRaw() throws {
        var hostile = SiteFixture.article("<script>alert(1)</script> Tom & Jerry", "2024-05-01T00:00:00Z",
                                          tags: ["R&D <b>"], source: "javascript:alert(1)")
        hostile.html = HTMLFragment("<p>Body with <em>emphasis</em> &amp; more</p>")
        let site = try SiteFixture.build([hostile])
        for file in site.files where file.path.hasSuffix(".html") || file.path.hasSuffix(".xml") {
            #expect(!file.text.contains("<script>"), "\(file.path)")
        }
        let page = try #require(site.files.first { $0.path.hasPrefix("2024/") }?.text)
        #expect(page.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt; Tom &amp; Jerry</h1>"))
        #expect(page.contains("<title>&lt;script&gt;alert(1)&lt;/script&gt; Tom &amp; Jerry – The Daily Test</title>"))
        #expect(page.contains(">R&amp;D &lt;b&gt;</a>"))
        #expect(page.contains("<p>Body with <em>emphasis</em> &amp; more</p>"))
        #expect(!page.contains("javascript:"))
        let feed = try #require(site.text("feed.xml"))
        #expect(feed.contains("<title>&lt;script&gt;alert(1)&lt;/script&gt; Tom &amp; Jerry</title>"))
        #expect(MarkupParser.xml(Data(feed.utf8)).problems.isEmpty)
    }

    /// Entries on a list page.
    /// The articles a list page shows: its entries, or the front page's lead and recent stories.
    private func entryCount(_ html: String) -> Int {
        ["entry", "lead-story", "story"].map { html.components(separatedBy: "<article class=\"\($0)\">").count - 1 }.reduce(0, +)
    }
}

@Suite struct SiteExcerptTests {
    @Test func summariesAreShownAsPlainText() throws {
        var item = SiteFixture.article("Summary", "2024-02-02T00:00:00Z")
        item.summary = "Tom & Jerry <b>here</b>"
        let site = try SiteFixture.build([item])
        let index = try #require(site.text("index.html"))
        #expect(index.contains("<p class=\"summary\">Tom &amp; Jerry &lt;b&gt;here&lt;/b&gt;</p>"))
        #expect(try #require(site.text("2024/summary/index.html")).contains(
            "<meta name=\"description\" content=\"Tom &amp; Jerry &lt;b&gt;here&lt;/b&gt;\">"))
    }

    @Test func controlCharactersNeverBreakTheFeed() throws {
        let item = SiteFixture.article("Bell\u{7} and null\u{0}", "2024-02-02T00:00:00Z", summary: "form\u{C}feed")
        let feed = try #require(try SiteFixture.build([item]).files.first { $0.path == "feed.xml" })
        let parsed = MarkupParser.xml(feed.contents)
        #expect(parsed.problems.isEmpty)
        #expect(parsed.root?.child("entry")?.child("title")?.textContent == "Bell and null")
    }
}
