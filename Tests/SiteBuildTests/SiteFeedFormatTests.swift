import ArticleModel
import Foundation
import MarkupTree
import SiteBuild
import Testing

/// Atom, RSS 2.0 and JSON Feed, for the site and each tag, read back with libxml2 and
/// JSONSerialization: the same entries in every format, the settings, the links in bodies.
@Suite struct SiteFeedFormatTests {
    static let content = "http://purl.org/rss/1.0/modules/content/"
    static let dublinCore = "http://purl.org/dc/elements/1.1/"

    @Test func rssCarriesTheSameEntriesAsAtomWithRFC822Dates() throws {
        let site = try SiteFixture.build(SiteFixture.large)
        let rss = try xml(site, "rss.xml")
        #expect(rss.name == "rss" && rss.attribute("version") == "2.0")
        let channel = try #require(rss.child("channel"))
        #expect(channel.child("title")?.textContent == "The Daily Test")
        #expect(channel.child("link")?.textContent == "index.html")
        #expect(channel.child("description")?.textContent == "Invented news for tests")
        #expect(channel.child("language")?.textContent == "en-gb")
        let items = channel.children("item")
        #expect(items.map { $0.child("title")?.textContent } == atomTitles(site, "feed.xml"))
        #expect(items.count == 20)
        let newest = try #require(items.first)
        #expect(newest.child("pubDate")?.textContent == "Mon, 01 Apr 2024 10:00:00 +0000")
        #expect(channel.child("lastBuildDate")?.textContent == "Mon, 01 Apr 2024 10:00:00 +0000")
        #expect(newest.child("link")?.textContent == "2024/story-number-25/index.html")
        #expect(newest.child("guid")?.textContent == "urn:broadsheet:article:2024:story-number-25")
        #expect(newest.child("guid")?.attribute("isPermaLink") == "false")
        #expect(newest.child("encoded", namespace: Self.content)?.textContent.hasPrefix("<p>word0 word1") == true)
        #expect(newest.children("category").map(\.textContent) == ["Economy"])
        #expect(channel.child("link", namespace: "http://www.w3.org/2005/Atom") == nil)  // a self link must be absolute
    }

    @Test func rssDatesKeepEachArticlesOffsetAndLinksAreAbsoluteWithABaseURL() throws {
        let site = try SiteFixture.build(SiteFixture.small, baseURL: "https://example.org/news/")
        let channel = try #require(try xml(site, "rss.xml").child("channel"))
        #expect(channel.child("link")?.textContent == "https://example.org/news/")
        let selfLink = try #require(channel.child("link", namespace: "http://www.w3.org/2005/Atom"))
        #expect(selfLink.attribute("href") == "https://example.org/news/rss.xml" && selfLink.attribute("rel") == "self")
        let strike = try #require(channel.children("item").first { $0.child("title")?.textContent == "Rail Strike" })
        #expect(strike.child("pubDate")?.textContent == "Sun, 28 Jan 2024 18:45:00 -0500")
        #expect(strike.child("link")?.textContent == "https://example.org/news/2024/rail-strike/")
        #expect(strike.child("guid")?.textContent == "https://example.org/news/2024/rail-strike/")
        #expect(strike.child("guid")?.attribute("isPermaLink") == "true")
        #expect(strike.children("category").map(\.textContent) == ["Politics", "Transport"])
        let budget = try #require(channel.children("item").first { $0.child("title")?.textContent == "Autumn Budget" })
        #expect(budget.child("guid")?.textContent == "https://news.example/autumn-budget")  // the article's own id
        #expect(budget.child("guid")?.attribute("isPermaLink") == "false")
        #expect(budget.child("creator", namespace: Self.dublinCore)?.textContent == "Ann Writer")
        #expect(budget.child("description")?.textContent == "The budget, in brief.")
    }

    @Test func jsonFeedCarriesTheSameEntries() throws {
        let site = try SiteFixture.build(SiteFixture.small, baseURL: "https://example.org/news/")
        let feed = try json(site, "feed.json")
        #expect(feed["version"] as? String == "https://jsonfeed.org/version/1.1")
        #expect(feed["title"] as? String == "The Daily Test")
        #expect(feed["home_page_url"] as? String == "https://example.org/news/")
        #expect(feed["feed_url"] as? String == "https://example.org/news/feed.json")
        #expect(feed["language"] as? String == "en-GB")
        let items = try #require(feed["items"] as? [[String: Any]])
        #expect(items.map { $0["title"] as? String } == atomTitles(site, "feed.xml"))
        let strike = try #require(items.first { $0["title"] as? String == "Rail Strike" })
        #expect(strike["id"] as? String == "https://example.org/news/2024/rail-strike/")
        #expect(strike["url"] as? String == "https://example.org/news/2024/rail-strike/")
        #expect(strike["date_published"] as? String == "2024-01-28T18:45:00-05:00")
        #expect(strike["date_modified"] == nil)
        #expect(strike["tags"] as? [String] == ["Politics", "Transport"])
        #expect((strike["content_html"] as? String)?.hasPrefix("<p>word0 word1") == true)
        let budget = try #require(items.first { $0["title"] as? String == "Autumn Budget" })
        #expect(budget["summary"] as? String == "The budget, in brief.")
        #expect((budget["authors"] as? [[String: String]])?.first?["name"] == "Ann Writer")
    }

    @Test func withoutABaseURLTheJSONFeedHasNoAddressesOfItsOwn() throws {
        let feed = try json(try SiteFixture.build(SiteFixture.small), "feed.json")
        #expect(feed["home_page_url"] == nil && feed["feed_url"] == nil)
        let items = try #require(feed["items"] as? [[String: Any]])
        #expect(items.first?["url"] as? String == "2024/spring-forecast/index.html")
    }

    @Test func everyTagHasItsOwnFeedsInEveryFormat() throws {
        let site = try SiteFixture.build(SiteFixture.small)
        let economy = ["Spring Forecast", "New Year Markets", "Autumn Budget"]
        #expect(atomTitles(site, "tags/economy/feed.xml") == economy)
        let channel = try #require(try xml(site, "tags/economy/rss.xml").child("channel"))
        #expect(channel.children("item").map { $0.child("title")?.textContent } == economy)
        #expect(channel.child("title")?.textContent == "The Daily Test: Economy")
        #expect(channel.child("link")?.textContent == "index.html")  // the tag's page, beside the feed
        #expect(channel.children("item").first?.child("link")?.textContent == "../../2024/spring-forecast/index.html")
        let items = try #require(try json(site, "tags/economy/feed.json")["items"] as? [[String: Any]])
        #expect(items.map { $0["title"] as? String } == economy)
        let atom = try xml(site, "tags/economy/feed.xml")
        #expect(atom.child("id")?.textContent == "urn:broadsheet:site:the-daily-test:tag:economy")
        #expect(atom.child("title")?.textContent == "The Daily Test: Economy")
        #expect(atomTitles(site, "tags/transport/feed.xml") == ["Rail Strike"])
    }

    @Test func theNumberOfEntriesIsASettingAndTagFeedsCanBeSwitchedOff() throws {
        let site = try SiteFixture.build(SiteFixture.large, feeds: FeedOptions(entries: 3, tags: false))
        #expect(atomTitles(site, "feed.xml") == ["Story number 25", "Story number 24", "Story number 23"])
        #expect(try xml(site, "rss.xml").child("channel")?.children("item").count == 3)
        #expect((try json(site, "feed.json")["items"] as? [Any])?.count == 3)
        #expect(!site.files.contains { $0.path.hasPrefix("tags/") && !$0.path.hasSuffix(".html") })
        #expect(site.text("tags/economy/index.html")?.contains("tags/economy/feed.xml") == false)
    }

    @Test func relativeLinksInBodiesAreRebasedForEachFeed() throws {
        var item = SiteFixture.article("Notes", "2024-05-01T10:00:00Z", tags: ["Harbour"])
        item.html = HTMLFragment(body(other: "../other/index.html", note: "#fn1", picture: "../../media/q.jpg"))
        let plain = try SiteFixture.build([item])
        #expect(atomContent(plain, "feed.xml") == body(other: "2024/other/index.html", note: "2024/notes/index.html#fn1", picture: "media/q.jpg"))
        #expect(atomContent(plain, "tags/harbour/feed.xml")
            == body(other: "../../2024/other/index.html", note: "../../2024/notes/index.html#fn1", picture: "../../media/q.jpg"))
        let hosted = try SiteFixture.build([item], baseURL: "https://example.org/news/")
        let absolute = body(other: "https://example.org/news/2024/other/index.html", note: "https://example.org/news/2024/notes/#fn1",
                            picture: "https://example.org/news/media/q.jpg")
        #expect(atomContent(hosted, "feed.xml") == absolute)
        #expect(atomContent(hosted, "tags/harbour/feed.xml") == absolute)
        let json = try json(hosted, "feed.json")
        #expect(((json["items"] as? [[String: Any]])?.first?["content_html"] as? String) == absolute)
    }

    /// A body with a relative link, a footnote link, a stored picture and a link elsewhere.
    private func body(other: String, note: String, picture: String) -> String {
        "<p><a href=\"\(other)\">other</a> <a href=\"\(note)\">1</a> <img src=\"\(picture)\" alt=\"\" /> "
            + "<a href=\"https://x.example/a?b=1&amp;c=2\">away</a></p>"
    }

    @Test func hostileTextStaysTextInEveryFormat() throws {
        var item = SiteFixture.article("]]> <script>alert(1)</script> & \"quotes\"", "2024-05-01T10:00:00Z", tags: ["A&B <i>"],
                                       author: "Ann ]]> <b>")
        item.html = HTMLFragment("<p>1 &lt; 2 ]]&gt; &amp; <code>&lt;/script&gt;</code></p>")
        item.summary = "Sum ]]> <script>"
        let site = try SiteFixture.build([item])
        let title = "]]> <script>alert(1)</script> & \"quotes\""
        #expect(atomTitles(site, "feed.xml") == [title])
        let rssItem = try #require(try xml(site, "rss.xml").child("channel")?.child("item"))
        #expect(rssItem.child("title")?.textContent == title)
        #expect(rssItem.child("category")?.textContent == "A&B <i>")
        #expect(rssItem.child("description")?.textContent == "Sum ]]&gt; &lt;script&gt;")
        #expect(rssItem.child("encoded", namespace: Self.content)?.textContent == "<p>1 &lt; 2 ]]&gt; &amp; <code>&lt;/script&gt;</code></p>")
        let json = try #require(try json(site, "feed.json")["items"] as? [[String: Any]])
        #expect(json.first?["title"] as? String == title)
        #expect(json.first?["content_html"] as? String == "<p>1 &lt; 2 ]]&gt; &amp; <code>&lt;/script&gt;</code></p>")
    }

    @Test func everyPageLinksItsFeedsForAutodiscovery() throws {
        let site = try SiteFixture.build(SiteFixture.small)
        let siteFeeds = """
            <link rel="alternate" type="application/atom+xml" title="The Daily Test (Atom)" href="../../feed.xml">
            <link rel="alternate" type="application/rss+xml" title="The Daily Test (RSS)" href="../../rss.xml">
            <link rel="alternate" type="application/feed+json" title="The Daily Test (JSON Feed)" href="../../feed.json">
            """
        #expect(site.text("2024/rail-strike/index.html")?.contains(siteFeeds + "\n") == true)
        #expect(site.text("tags/economy/index.html")?.contains(siteFeeds + """

            <link rel="alternate" type="application/atom+xml" title="The Daily Test: Economy (Atom)" href="../../tags/economy/feed.xml">
            <link rel="alternate" type="application/rss+xml" title="The Daily Test: Economy (RSS)" href="../../tags/economy/rss.xml">
            <link rel="alternate" type="application/feed+json" title="The Daily Test: Economy (JSON Feed)" href="../../tags/economy/feed.json">

            """) == true)
        for page in site.pages {
            #expect(site.text(page)?.contains(#"type="application/rss+xml""#) == true, "\(page) links no RSS feed")
        }
    }

    @Test func feedsAreTheSameBytesFromShuffledInput() throws {
        let a = try SiteFixture.build(SiteFixture.large)
        let b = try SiteFixture.build(SiteFixture.large.reversed())
        for path in ["feed.xml", "rss.xml", "feed.json", "tags/science/feed.json", "tags/culture/rss.xml"] {
            #expect(a.text(path) != nil && a.text(path) == b.text(path), "\(path)")
        }
    }

    // MARK: - Reading the files back

    private func xml(_ site: SiteBuildResult, _ path: String) throws -> MarkupElement {
        let parsed = MarkupParser.xml(try #require(site.files.first { $0.path == path }, "no \(path)").contents)
        #expect(parsed.problems.isEmpty, "\(path): \(parsed.problems)")
        return try #require(parsed.root)
    }

    private func json(_ site: SiteBuildResult, _ path: String) throws -> [String: Any] {
        let data = try #require(site.files.first { $0.path == path }, "no \(path)").contents
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    private func atomTitles(_ site: SiteBuildResult, _ path: String) -> [String?] {
        ((try? xml(site, path))?.children("entry") ?? []).map { $0.child("title")?.textContent }
    }

    private func atomContent(_ site: SiteBuildResult, _ path: String) -> String? {
        (try? xml(site, path))?.child("entry")?.child("content")?.textContent
    }
}
