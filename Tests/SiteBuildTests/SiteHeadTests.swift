import ArticleModel
import Foundation
import SiteBuild
import Testing

/// What every page's `<head>` says (description, Open Graph, Twitter card, canonical link,
/// favicon, feeds, JSON-LD), the default robots.txt, the downloads in the footer and the 404
/// page's links. Heads are compared whole, as literal text.
@Suite struct SiteHeadTests {
    /// An article with everything a head can name: updated, an author, tags, a summary with
    /// markup characters, a lead image, and a headline that tries to close the JSON-LD script.
    static let article: RenderedArticle = {
        let article = Article(title: "Harbour lights </script><!-- on", slug: Slug("harbour lights"),
                              date: ArticleDate(iso8601: "2024-06-28T12:22:37+05:30"), updated: ArticleDate(iso8601: "2024-06-29T08:00:00+05:30"),
                              author: "Ann Writer", tags: [Tag("Harbour"), Tag("Night life")], body: Markdown("Text."),
                              image: "https://pics.example/lights.jpg?w=800&h=600")
        return RenderedArticle(article: article, html: HTMLFragment("<p>Text.</p>\n"), wordCount: 1,
                               summary: "Boats & lights <after> dark.")
    }()

    static let extras = SiteExtras(staticFiles: ["favicon.svg"], book: SiteExtras.Download(path: "book.epub", bytes: 421_888),
                                   digest: SiteExtras.Download(path: "digest.html", bytes: 1_300_000))

    @Test func anArticlesHeadWithoutABaseURL() throws {
        let site = try SiteFixture.build([Self.article, SiteFixture.small[0]], extras: Self.extras)
        #expect(head(site, "2024/harbour-lights/index.html") == """
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="Broadsheet">
            <title>Harbour lights &lt;/script&gt;&lt;!-- on – The Daily Test</title>
            <meta name="description" content="Boats &amp; lights &lt;after&gt; dark.">
            <meta property="og:site_name" content="The Daily Test">
            <meta property="og:title" content="Harbour lights &lt;/script&gt;&lt;!-- on">
            <meta property="og:description" content="Boats &amp; lights &lt;after&gt; dark.">
            <meta property="og:type" content="article">
            <meta property="og:image" content="https://pics.example/lights.jpg?w=800&amp;h=600">
            <meta property="article:published_time" content="2024-06-28T12:22:37+05:30">
            <meta property="article:modified_time" content="2024-06-29T08:00:00+05:30">
            <meta property="article:tag" content="Harbour">
            <meta property="article:tag" content="Night life">
            <meta name="twitter:card" content="summary_large_image">
            <link rel="icon" href="../../favicon.svg" type="image/svg+xml">
            <link rel="alternate" type="application/atom+xml" title="The Daily Test (Atom)" href="../../feed.xml">
            <link rel="alternate" type="application/rss+xml" title="The Daily Test (RSS)" href="../../rss.xml">
            <link rel="alternate" type="application/feed+json" title="The Daily Test (JSON Feed)" href="../../feed.json">
            <link rel="stylesheet" href="../../assets/style.css">
            <script src="../../search-index.js" defer></script>
            <script src="../../assets/search.js" defer></script>
            </head>
            """)
    }

    @Test func anArticlesHeadWithABaseURL() throws {
        let site = try SiteFixture.build([Self.article, SiteFixture.small[0]], baseURL: "https://example.org/news/", extras: Self.extras)
        #expect(head(site, "2024/harbour-lights/index.html") == """
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="Broadsheet">
            <title>Harbour lights &lt;/script&gt;&lt;!-- on – The Daily Test</title>
            <meta name="description" content="Boats &amp; lights &lt;after&gt; dark.">
            <link rel="canonical" href="https://example.org/news/2024/harbour-lights/">
            <meta property="og:site_name" content="The Daily Test">
            <meta property="og:title" content="Harbour lights &lt;/script&gt;&lt;!-- on">
            <meta property="og:description" content="Boats &amp; lights &lt;after&gt; dark.">
            <meta property="og:type" content="article">
            <meta property="og:url" content="https://example.org/news/2024/harbour-lights/">
            <meta property="og:image" content="https://pics.example/lights.jpg?w=800&amp;h=600">
            <meta property="article:published_time" content="2024-06-28T12:22:37+05:30">
            <meta property="article:modified_time" content="2024-06-29T08:00:00+05:30">
            <meta property="article:tag" content="Harbour">
            <meta property="article:tag" content="Night life">
            <meta name="twitter:card" content="summary_large_image">
            <link rel="icon" href="../../favicon.svg" type="image/svg+xml">
            <link rel="alternate" type="application/atom+xml" title="The Daily Test (Atom)" href="../../feed.xml">
            <link rel="alternate" type="application/rss+xml" title="The Daily Test (RSS)" href="../../rss.xml">
            <link rel="alternate" type="application/feed+json" title="The Daily Test (JSON Feed)" href="../../feed.json">
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","author":[{"@type":"Person","name":"Ann Writer"}],"dateModified":"2024-06-29T08:00:00+05:30","datePublished":"2024-06-28T12:22:37+05:30","description":"Boats \\u0026 lights \\u003cafter\\u003e dark.","headline":"Harbour lights \\u003c/script\\u003e\\u003c!-- on","image":["https://pics.example/lights.jpg?w=800\\u0026h=600"],"inLanguage":"en-GB","keywords":["Harbour","Night life"],"mainEntityOfPage":"https://example.org/news/2024/harbour-lights/","publisher":{"@type":"Organization","name":"The Daily Test","url":"https://example.org/news/"},"url":"https://example.org/news/2024/harbour-lights/"},{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","item":"https://example.org/news/","name":"The Daily Test","position":1},{"@type":"ListItem","item":"https://example.org/news/archive/","name":"Archive","position":2},{"@type":"ListItem","item":"https://example.org/news/archive/2024/","name":"2024","position":3},{"@type":"ListItem","item":"https://example.org/news/2024/harbour-lights/","name":"Harbour lights \\u003c/script\\u003e\\u003c!-- on","position":4}]}]}</script>
            <link rel="stylesheet" href="../../assets/style.css">
            <script src="../../search-index.js" defer></script>
            <script src="../../assets/search.js" defer></script>
            </head>
            """)
    }

    @Test func theStructuredDataIsValidJSONOfTheChosenType() throws {
        let config = SiteConfig(title: "The Daily Test", baseURL: "https://example.org/", articleSchema: .blog)
        let site = try SiteBuilder.build([Self.article], config: config, layouts: SiteFixture.layouts)
        let page = try #require(site.text("2024/harbour-lights/index.html"))
        let start = try #require(page.range(of: "<script type=\"application/ld+json\">"))
        let end = try #require(page[start.upperBound...].range(of: "</script>"))
        let json = try JSONSerialization.jsonObject(with: Data(page[start.upperBound..<end.lowerBound].utf8)) as? [String: Any]
        let graph = try #require(json?["@graph"] as? [[String: Any]])
        #expect(graph.first?["@type"] as? String == "BlogPosting")
        #expect(graph.first?["headline"] as? String == "Harbour lights </script><!-- on")
        #expect(page.components(separatedBy: "</script>").count == 4)  // the JSON-LD's own, the search index's and the search script's
    }

    @Test func listPagesDescribeTheSiteOrTheTag() throws {
        let site = try SiteFixture.build(SiteFixture.small, baseURL: "https://example.org/news/")
        let home = try #require(site.text("index.html"))
        #expect(home.contains("<meta name=\"description\" content=\"Invented news for tests\">"))
        #expect(home.contains("<meta property=\"og:title\" content=\"The Daily Test\">"))
        #expect(home.contains("<meta property=\"og:type\" content=\"website\">"))
        #expect(home.contains(#"{"@type":"WebSite","description":"Invented news for tests","inLanguage":"en-GB","name":"The Daily Test","url":"https://example.org/news/"}"#))
        let tag = try #require(site.text("tags/economy/index.html"))
        #expect(tag.contains("<meta name=\"description\" content=\"Articles tagged “Economy” in The Daily Test.\">"))
        #expect(tag.contains(#"{"@type":"ListItem","item":"https://example.org/news/tags/","name":"Tags","position":2}"#))
        let month = try #require(site.text("archive/2024/01/index.html"))
        #expect(month.contains(#""item":"https://example.org/news/archive/2024/","name":"2024","position":3}"#))
        #expect(!site.text("404.html")!.contains("ld+json") && !site.text("404.html")!.contains("rel=\"canonical\""))
    }

    @Test func withoutABaseURLThereIsNoCanonicalLinkOrStructuredData() throws {
        let site = try SiteFixture.build(SiteFixture.small)
        for page in site.pages {
            let text = try #require(site.text(page))
            #expect(!text.contains("rel=\"canonical\"") && !text.contains("ld+json") && !text.contains("og:url"), "\(page)")
        }
    }

    @Test func theFooterLinksTheBookAndTheDigestWithTheirSizes() throws {
        let site = try SiteFixture.build(SiteFixture.small, extras: Self.extras)
        #expect(site.text("tags/economy/index.html")?.contains("""
            <ul class="downloads" aria-label="Downloads">
            <li><a href="../../book.epub" type="application/epub+zip">E-book</a> (EPUB, 412 kB)</li>
            <li><a href="../../digest.html">Digest</a> (one HTML page, 1.2 MB)</li>
            </ul>
            """) == true)
        let without = try SiteFixture.build(SiteFixture.small)
        #expect(without.text("index.html")?.contains("downloads") == false)
    }

    @Test func theDefaultRobotsFileAllowsEverythingAndNamesTheSitemap() throws {
        let hosted = try SiteFixture.build(SiteFixture.small, baseURL: "https://example.org/news/")
        #expect(hosted.text("robots.txt") == """
            # Every page of this site may be crawled.
            User-agent: *
            Disallow:

            Sitemap: https://example.org/news/sitemap.xml

            """)
        let plain = try SiteFixture.build(SiteFixture.small)
        #expect(plain.text("robots.txt") == "# Every page of this site may be crawled.\nUser-agent: *\nDisallow:\n")
        // A site's own static/robots.txt is published instead.
        let own = try SiteFixture.build(SiteFixture.small, extras: SiteExtras(staticFiles: ["robots.txt"]))
        #expect(own.text("robots.txt") == nil)
    }

    @Test func theNotFoundPageWorksAtAnyDepthWithABaseURL() throws {
        let hosted = try SiteFixture.build(SiteFixture.small, baseURL: "https://example.org/news/")
        let page = try #require(hosted.text("404.html"))
        #expect(page.contains("<p class=\"site-title\"><a href=\"https://example.org/news/index.html\">The Daily Test</a></p>"))
        #expect(page.contains("<li><a href=\"https://example.org/news/index.html\">Latest articles</a></li>"))
        #expect(page.contains("<style>/* Broadsheet default theme.") && !page.contains("rel=\"stylesheet\""))
        #expect(page.contains("<a class=\"skip-link\" href=\"#main\">"))
        let links = PageLinks(path: "404.html", html: page).links.filter { !$0.hasPrefix("#") }
        #expect(!links.isEmpty && links.allSatisfy { $0.hasPrefix("https://example.org/news/") }, "\(links)")
        // Without a base URL the links stay relative: right at the top of the site.
        let plain = try #require(try SiteFixture.build(SiteFixture.small).text("404.html"))
        #expect(plain.contains("<li><a href=\"index.html\">Latest articles</a></li>"))
        #expect(plain.contains("<style>"))
    }

    /// The page's `<head>` element, as written.
    private func head(_ site: SiteBuildResult, _ path: String) -> String? {
        guard let text = site.text(path), let start = text.range(of: "<head>"), let end = text.range(of: "</head>") else { return nil }
        return String(text[start.lowerBound..<end.upperBound])
    }
}
