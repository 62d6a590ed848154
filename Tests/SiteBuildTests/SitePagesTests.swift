import ArticleModel
import Foundation
import MarkupTree
import SiteBuild
import Testing

/// Standalone pages (`page: true`) and lead images (`image:`): a page is published at
/// `slug/index.html`, linked from every page's navigation in title order, and is in no list,
/// tag, archive or feed (only the sitemap); an article's lead image is drawn at the top of its
/// page with the title as alt text, and named in an `og:image` meta element.
@Suite struct SitePagesTests {
    /// Two dated articles with lead images (the second also shows its picture in the body),
    /// and two pages: one dated with an image and a tag, one undated with a tag of its own.
    static let site: [RenderedArticle] = [
        page("Contact", date: nil, tags: ["Meta"]),
        article("Rail Strike", "2024-01-28T18:45:00-05:00", tags: ["Politics"],
                image: "https://news.example/strike.jpg?w=800&h=600"),
        page("About the desk", date: "2024-02-01T09:00:00Z", tags: ["Politics"], image: "https://news.example/desk.jpg"),
        article("Spring Forecast", "2024-03-02T07:00:00Z", tags: ["Weather"], image: "https://news.example/spring.jpg",
                html: "<p><img src=\"https://news.example/spring.jpg\" alt=\"Clouds\"></p>\n"),
    ]

    /// A dated article with a lead image and `html` as its body.
    static func article(_ title: String, _ date: String, tags: [String], image: String,
                        html: String = "<p>Some words.</p>\n") -> RenderedArticle {
        let article = Article(title: title, slug: Slug(title), date: ArticleDate(iso8601: date)!, tags: tags.map(Tag.init),
                              body: Markdown("Some words."), image: image)
        return RenderedArticle(article: article, html: HTMLFragment(html), wordCount: 2)
    }

    /// A standalone page, dated or not.
    static func page(_ title: String, date: String?, tags: [String] = [], image: String? = nil) -> RenderedArticle {
        let article = Article(title: title, slug: Slug(title), date: date.flatMap { ArticleDate(iso8601: $0) },
                              tags: tags.map(Tag.init), body: Markdown("Who we are."), image: image, isPage: true)
        return RenderedArticle(article: article, html: HTMLFragment("<p>Who we are.</p>\n"), wordCount: 3)
    }

    @Test func pagesArePublishedAtTheTopAndMakeNoListOfTheirOwn() throws {
        let site = try SiteFixture.build(Self.site, pageSize: 10)
        #expect(site.files.map(\.path) == [
            "2024/rail-strike/index.html",
            "2024/spring-forecast/index.html",
            "404.html",
            "about-the-desk/index.html",
            "archive/2024/01/index.html",
            "archive/2024/03/index.html",
            "archive/2024/index.html",
            "archive/index.html",
            "assets/search.js",
            "assets/style.css",
            "contact/index.html",
            "feed.json",
            "feed.xml",
            "index.html",
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
        ])
    }

    @Test func everyPageLinksToThePagesInTitleOrderAfterTheArchive() throws {
        let site = try SiteFixture.build(Self.site, pageSize: 10)
        let index = try #require(site.text("index.html"))
        #expect(index.contains("""
        <li><a href="archive/index.html">Archive</a></li>
        <li><a href="about-the-desk/index.html">About the desk</a></li>
        <li><a href="contact/index.html">Contact</a></li>
        <li><a href="feed.xml">Feed</a></li>
        """))
        let article = try #require(site.text("2024/rail-strike/index.html"))
        #expect(article.contains("<li><a href=\"../../about-the-desk/index.html\">About the desk</a></li>"))
        let contact = try #require(site.text("contact/index.html"))
        #expect(contact.contains("<li><a href=\"../contact/index.html\" aria-current=\"page\">Contact</a></li>"))
        #expect(contact.contains("<li><a href=\"../about-the-desk/index.html\">About the desk</a></li>"))
        for path in site.pages {
            let text = site.text(path) ?? ""
            #expect(text.contains("about-the-desk/index.html\"") && text.contains(">About the desk</a></li>"), "no link on \(path)")
        }
    }

    @Test func pagesAreInNoListTagArchiveOrFeed() throws {
        let site = try SiteFixture.build(Self.site, pageSize: 10)
        #expect(entryLinks(site, "index.html") == ["2024/spring-forecast/index.html", "2024/rail-strike/index.html"])
        #expect(entryLinks(site, "tags/politics/index.html") == ["../../2024/rail-strike/index.html"])
        #expect(entryLinks(site, "archive/2024/index.html") == ["../../2024/spring-forecast/index.html", "../../2024/rail-strike/index.html"])
        #expect(site.text("tags/index.html")?.contains("Meta") == false)
        #expect(site.text("archive/index.html")?.contains("Undated") == false)
        // Besides the navigation, no page links to a standalone page: no list, no neighbour link.
        for path in site.pages {
            let text = site.text(path) ?? ""
            #expect(text.components(separatedBy: "about-the-desk/index.html").count == 2, "\(path)")
            #expect(text.components(separatedBy: "contact/index.html").count == 2, "\(path)")
        }
        let feed = MarkupParser.xml(try #require(site.files.first { $0.path == "feed.xml" }).contents)
        #expect(feed.problems.isEmpty)
        #expect(feed.root?.children("entry").map { $0.child("title")?.textContent } == ["Spring Forecast", "Rail Strike"])
    }

    @Test func aPageShowsItsTitleImageAndBodyButNoDateOrNeighbours() throws {
        let site = try SiteFixture.build(Self.site, pageSize: 10)
        let page = try #require(site.text("about-the-desk/index.html"))
        #expect(page.contains("""
        <article class="article standalone">
        <header class="article-header">
        <h1>About the desk</h1>
        </header>
        <p class="lead-image"><img src="https://news.example/desk.jpg" alt="About the desk"></p>
        <div class="article-body">
        <p>Who we are.</p>

        </div>
        </article>
        """))
        #expect(page.contains("<meta property=\"og:image\" content=\"https://news.example/desk.jpg\">\n"))
        #expect(page.contains("<title>About the desk – The Daily Test</title>"))
        #expect(!page.contains("<time") && !page.contains("neighbours") && !page.contains("rel=\"tag\""))
        let contact = try #require(site.text("contact/index.html"))
        #expect(!contact.contains("og:image") && !contact.contains("lead-image"))
    }

    @Test func theLeadImageIsDrawnAtTheTopOfTheArticleWithItsTitleAsAlt() throws {
        let site = try SiteFixture.build(Self.site, pageSize: 10)
        let article = try #require(site.text("2024/rail-strike/index.html"))
        #expect(article.contains("""
        </header>
        <p class="lead-image"><img src="https://news.example/strike.jpg?w=800&amp;h=600" alt="Rail Strike"></p>
        <div class="article-body">
        """))
        #expect(article.contains("<meta property=\"og:image\" content=\"https://news.example/strike.jpg?w=800&amp;h=600\">\n"))
        // A picture the body already shows is not drawn twice, but still named for link previews.
        let spring = try #require(site.text("2024/spring-forecast/index.html"))
        #expect(!spring.contains("lead-image"))
        #expect(spring.components(separatedBy: "<img").count == 2)
        #expect(spring.contains("<meta property=\"og:image\" content=\"https://news.example/spring.jpg\">"))
        // Lists stay text only in the default theme.
        #expect(site.text("index.html")?.contains("<img") == false)
    }

    @Test func onlyWebAddressesAreShownAsLeadImages() throws {
        var hostile = Self.article("Bad image", "2024-05-01T10:00:00Z", tags: [], image: "https://x.example/a.jpg")
        hostile.article.image = "javascript:alert(1)"
        let site = try SiteFixture.build([hostile])
        let page = try #require(site.text("2024/bad-image/index.html"))
        #expect(!page.contains("javascript") && !page.contains("og:image") && !page.contains("lead-image"))
    }

    @Test func theSitemapListsPagesWithTheirDates() throws {
        let site = try SiteFixture.build(Self.site, baseURL: "https://example.org/news/")
        let sitemap = try #require(site.text("sitemap.xml"))
        #expect(sitemap.contains("<url><loc>https://example.org/news/about-the-desk/</loc><lastmod>2024-02-01T09:00:00+00:00</lastmod></url>"))
        #expect(sitemap.contains("<url><loc>https://example.org/news/contact/</loc></url>"))
    }

    @Test(arguments: [("tags", true), ("archive", true), ("page", true), ("undated", true), ("media", true),
                      ("assets", true), ("2024", true), ("1", true), ("about", false), ("2024-2", false), ("tags-2", false)])
    func reservedPageSlugs(slug: String, reserved: Bool) {
        #expect(SiteBuilder.isReservedPageSlug(slug) == reserved)
    }

    /// The links of the entry titles on the page at `path`, in order.
    private func entryLinks(_ site: SiteBuildResult, _ path: String) -> [String] {
        // A list's entries, or the front page's lead and recent stories, in order.
        let marker = /<h[23] class="(?:entry|lead-story|story)-title"><a href="([^"]*)"/
        return (site.text(path) ?? "").matches(of: marker).map { String($0.output.1) }
    }
}
