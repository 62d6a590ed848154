import ArticleModel
import Foundation
import MarkupTree
import SiteBuild
import Testing

/// Articles without a date: published under `undated/`, listed after every dated article by
/// title (then key), in no year or month, on their own list linked from the archive, with no
/// date on their pages and left out of the Atom feed.
@Suite struct SiteUndatedTests {
    /// Two dated articles and four undated ones, two of them with the same title.
    static let mixed: [RenderedArticle] = [
        undated("Zebra crossing", tags: ["Politics"]),
        SiteFixture.article("Rail Strike", "2024-01-28T18:45:00-05:00", tags: ["Politics"]),
        undated("Notes", slug: "notes-2"),
        undated("About the desk"),
        SiteFixture.article("Spring Forecast", "2024-03-02T07:00:00Z", tags: ["Weather"]),
        undated("Notes", slug: "notes"),
    ]

    /// An article with no date, a short body and `slug` (else one made from the title).
    static func undated(_ title: String, slug: String? = nil, tags: [String] = []) -> RenderedArticle {
        let article = Article(title: title, slug: Slug(slug ?? title), date: nil, tags: tags.map(Tag.init),
                              body: Markdown("Some words."))
        return RenderedArticle(article: article, html: HTMLFragment("<p>Some words.</p>\n"), wordCount: 2)
    }

    @Test func undatedArticlesLiveUnderUndatedWithTheirOwnPaginatedList() throws {
        let site = try SiteFixture.build(Self.mixed, pageSize: 3)
        #expect(site.files.map(\.path) == [
            "2024/rail-strike/index.html",
            "2024/spring-forecast/index.html",
            "404.html",
            "archive/2024/01/index.html",
            "archive/2024/03/index.html",
            "archive/2024/index.html",
            "archive/index.html",
            "assets/search.js",
            "assets/style.css",
            "feed.json",
            "feed.xml",
            "index.html",
            "page/2/index.html",
            "robots.txt",
            "rss.xml",
            "search-index.js",
            "tags/index.html",
            "tags/politics/feed.json",
            "tags/politics/feed.xml",
            "tags/politics/index.html",
            "tags/politics/rss.xml",
            "tags/weather/feed.json",
            "tags/weather/feed.xml",
            "tags/weather/index.html",
            "tags/weather/rss.xml",
            "undated/about-the-desk/index.html",
            "undated/index.html",
            "undated/notes-2/index.html",
            "undated/notes/index.html",
            "undated/page/2/index.html",
            "undated/zebra-crossing/index.html",
        ])
    }

    @Test func listsPutUndatedArticlesAfterTheDatedOnesByTitleThenKey() throws {
        let site = try SiteFixture.build(Self.mixed, pageSize: 3)
        #expect(entryLinks(site, "index.html") == [
            "2024/spring-forecast/index.html", "2024/rail-strike/index.html", "undated/about-the-desk/index.html",
        ])
        #expect(entryLinks(site, "page/2/index.html") == [
            "../../undated/notes/index.html", "../../undated/notes-2/index.html", "../../undated/zebra-crossing/index.html",
        ])
        #expect(entryLinks(site, "tags/politics/index.html") == [
            "../../2024/rail-strike/index.html", "../../undated/zebra-crossing/index.html",
        ])
        #expect(entryLinks(site, "undated/index.html") == [
            "../undated/about-the-desk/index.html", "../undated/notes/index.html", "../undated/notes-2/index.html",
        ])
        #expect(entryLinks(site, "undated/page/2/index.html") == ["../../../undated/zebra-crossing/index.html"])
        #expect(entryLinks(site, "archive/2024/index.html") == ["../../2024/spring-forecast/index.html", "../../2024/rail-strike/index.html"])
    }

    @Test func theArchiveIndexLinksToTheUndatedList() throws {
        let site = try SiteFixture.build(Self.mixed, pageSize: 3)
        let archive = try #require(site.text("archive/index.html"))
        #expect(archive.contains("<h2 class=\"archive-undated\"><a href=\"../undated/index.html\">Undated</a> <span class=\"count\">4</span></h2>"))
        #expect(archive.contains("<h2><a href=\"../archive/2024/index.html\">2024</a> <span class=\"count\">2</span></h2>"))
        #expect(!archive.contains("No articles yet."))
        let list = try #require(site.text("undated/index.html"))
        #expect(list.contains("<h1>Undated</h1>"))
        #expect(list.contains("<p class=\"lede\">4 articles without a date, by title · <a href=\"../archive/index.html\">All years</a></p>"))
    }

    @Test func undatedPagesAndEntriesShowNoDate() throws {
        let site = try SiteFixture.build(Self.mixed, pageSize: 3)
        let page = try #require(site.text("undated/notes/index.html"))
        #expect(!page.contains("<time"))
        #expect(page.contains("<p class=\"meta\">\nUndated · by Desk · 1 min read\n</p>"))
        #expect(site.text("undated/index.html")?.contains("<time") == false)
        let index = try #require(site.text("index.html"))
        #expect(index.contains("<p class=\"meta\">Undated · Desk · 1 min read</p>"))
        #expect(index.contains("<time datetime=\"2024-03-02T07:00:00+00:00\">2 March 2024</time>"))
        #expect(site.text("2024/rail-strike/index.html")?.contains("<time datetime=\"2024-01-28T18:45:00-05:00\">28 January 2024</time>") == true)
    }

    @Test func theAtomFeedIsValidAndLeavesUndatedArticlesOut() throws {
        let site = try SiteFixture.build(Self.mixed, pageSize: 3)
        let parsed = MarkupParser.xml(try #require(site.files.first { $0.path == "feed.xml" }).contents)
        #expect(parsed.problems.isEmpty)
        let feed = try #require(parsed.root)
        #expect(feed.child("updated")?.textContent == "2024-03-02T07:00:00+00:00")
        let entries = feed.children("entry")
        #expect(entries.map { $0.child("title")?.textContent } == ["Spring Forecast", "Rail Strike"])
        for entry in entries {
            #expect(entry.children("published").count == 1 && entry.children("updated").count == 1)
        }
    }

    @Test func theSitemapGivesUndatedArticlesNoLastModified() throws {
        let site = try SiteFixture.build(Self.mixed, baseURL: "https://example.org/news/")
        let sitemap = try #require(site.text("sitemap.xml"))
        #expect(sitemap.contains("<url><loc>https://example.org/news/undated/notes/</loc></url>"))
        #expect(sitemap.contains("<url><loc>https://example.org/news/undated/</loc></url>"))
        #expect(sitemap.contains("<url><loc>https://example.org/news/2024/rail-strike/</loc><lastmod>2024-01-28T18:45:00-05:00</lastmod></url>"))
    }

    @Test func aSiteOfUndatedArticlesOnlyHasNoYearsAndAnEmptyValidFeed() throws {
        let site = try SiteFixture.build([Self.undated("Only one")])
        #expect(site.files.map(\.path) == [
            "404.html", "archive/index.html", "assets/search.js", "assets/style.css", "feed.json", "feed.xml", "index.html",
            "robots.txt", "rss.xml", "search-index.js", "tags/index.html", "undated/index.html", "undated/only-one/index.html",
        ])
        let archive = try #require(site.text("archive/index.html"))
        #expect(!archive.contains("No articles yet.") && !archive.contains("archive-index"))
        #expect(archive.contains("<a href=\"../undated/index.html\">Undated</a> <span class=\"count\">1</span>"))
        #expect(site.text("undated/index.html")?.contains("1 article without a date") == true)
        let parsed = MarkupParser.xml(Data(try #require(site.text("feed.xml")).utf8))
        #expect(parsed.problems.isEmpty)
        #expect(parsed.root?.children("entry").isEmpty == true)
    }

    /// The links of the entry titles on the page at `path`, in order.
    private func entryLinks(_ site: SiteBuildResult, _ path: String) -> [String] {
        // A list's entries, or the front page's lead and recent stories, in order.
        let marker = /<h[23] class="(?:entry|lead-story|story)-title"><a href="([^"]*)"/
        return (site.text(path) ?? "").matches(of: marker).map { String($0.output.1) }
    }
}
