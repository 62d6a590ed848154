import ArticleModel
import Foundation
import SiteBuild
import Testing

@Suite struct SiteLayoutTests {
    @Test func smallSiteHasExactlyTheseFiles() throws {
        let site = try SiteFixture.build(SiteFixture.small)
        #expect(site.files.map(\.path) == [
            "2023/autumn-budget/index.html",
            "2023/winter-storms/index.html",
            "2024/new-year-markets/index.html",
            "2024/rail-strike/index.html",
            "2024/spring-forecast/index.html",
            "404.html",
            "archive/2023/11/index.html",
            "archive/2023/12/index.html",
            "archive/2023/index.html",
            "archive/2024/01/index.html",
            "archive/2024/03/index.html",
            "archive/2024/index.html",
            "archive/2024/page/2/index.html",
            "archive/index.html",
            "assets/search.js",
            "assets/style.css",
            "feed.json",
            "feed.xml",
            "index.html",
            "page/2/index.html",
            "page/3/index.html",
            "robots.txt",
            "rss.xml",
            "search-index.js",
            "tags/economy/feed.json",
            "tags/economy/feed.xml",
            "tags/economy/index.html",
            "tags/economy/page/2/index.html",
            "tags/economy/rss.xml",
            "tags/index.html",
            "tags/politics/feed.json",
            "tags/politics/feed.xml",
            "tags/politics/index.html",
            "tags/politics/rss.xml",
            "tags/transport/feed.json",
            "tags/transport/feed.xml",
            "tags/transport/index.html",
            "tags/transport/rss.xml",
            "tags/weather/feed.json",
            "tags/weather/feed.xml",
            "tags/weather/index.html",
            "tags/weather/rss.xml",
        ])
        #expect(site.files.allSatisfy { $0.hasSafePath })
    }

    @Test func withoutBaseURLThereIsNoSitemapAndANoteSaysWhy() throws {
        let site = try SiteFixture.build(SiteFixture.small)
        #expect(site.text("sitemap.xml") == nil)
        #expect(site.diagnostics.count == 1)
        #expect(site.diagnostics.first?.severity == .note)
        #expect(site.diagnostics.first?.description.contains("set base_url in site.yml") == true)
    }

    @Test func sitemapListsEveryPageButThe404WithAbsoluteAddresses() throws {
        let site = try SiteFixture.build(SiteFixture.small, baseURL: "https://example.org/news")
        let sitemap = try #require(site.text("sitemap.xml"))
        #expect(site.diagnostics.isEmpty)
        #expect(sitemap.contains("<loc>https://example.org/news/</loc>"))
        #expect(sitemap.contains("<loc>https://example.org/news/2024/rail-strike/</loc><lastmod>2024-01-28T18:45:00-05:00</lastmod>"))
        #expect(!sitemap.contains("404"))
        #expect(site.text("tags/index.html")?.contains("<link rel=\"canonical\" href=\"https://example.org/news/tags/\">") == true)
        let locations = sitemap.components(separatedBy: "<loc>").count - 1
        #expect(locations == site.pages.count - 1)
    }

    @Test func emptySiteStillHasAnIndexFeedAndArchive() throws {
        let site = try SiteFixture.build([])
        #expect(site.files.map(\.path) == ["404.html", "archive/index.html", "assets/search.js", "assets/style.css", "feed.json",
                                           "feed.xml", "index.html", "robots.txt", "rss.xml", "search-index.js", "tags/index.html"])
        #expect(site.text("index.html")?.contains("No articles yet.") == true)
    }

    @Test func duplicateKeysAreAnErrorNotALostPage() throws {
        let twice = [SiteFixture.small[0], SiteFixture.small[0]]
        #expect(throws: SiteBuildError.duplicatePath("2023/autumn-budget/index.html")) {
            try SiteFixture.build(twice)
        }
    }
}

