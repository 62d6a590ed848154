import ArticleModel
import Foundation
import MarkupTree
import SiteBuild
import Testing

@Suite struct SiteFeedTests {
    @Test func atomFeedParsesAndCarriesTheNewestTwenty() throws {
        let site = try SiteFixture.build(SiteFixture.large)
        let result = MarkupParser.xml(try #require(site.files.first { $0.path == "feed.xml" }).contents)
        #expect(result.problems.isEmpty)
        let feed = try #require(result.root)
        #expect(feed.name == "feed" && feed.namespace == "http://www.w3.org/2005/Atom")
        let entries = feed.children("entry")
        #expect(entries.count == 20)
        let newest = SiteFixture.large.map(\.article).sorted(by: Article.newestFirst)[0]
        #expect(feed.child("updated")?.textContent == newest.date?.iso8601)
        #expect(entries.first?.child("title")?.textContent == newest.title)
        #expect(entries.first?.child("content")?.textContent.hasPrefix("<p>word0") == true)
        for entry in entries {
            for field in ["id", "title", "published", "updated", "summary", "content"] {
                #expect(entry.child(field)?.textContent.isEmpty == false, "an entry has no \(field)")
            }
            #expect(entry.child("link")?.attribute("href")?.isEmpty == false)
        }
    }

    @Test func withoutBaseURLLinksAreRelativeAndIdsAreURNs() throws {
        let site = try SiteFixture.build(SiteFixture.small)
        let feed = try #require(MarkupParser.xml(Data(site.text("feed.xml")!.utf8)).root)
        let entries = feed.children("entry")
        #expect(entries.count == 5)
        let budget = try #require(entries.first { $0.child("title")?.textContent == "Autumn Budget" })
        #expect(budget.child("id")?.textContent == "https://news.example/autumn-budget")  // the article's own id
        let storms = try #require(entries.first { $0.child("title")?.textContent == "Winter Storms" })
        #expect(storms.child("id")?.textContent == "urn:broadsheet:article:2023:winter-storms")
        #expect(storms.child("link")?.attribute("href") == "2023/winter-storms/index.html")
        #expect(feed.child("id")?.textContent == "urn:broadsheet:site:the-daily-test")
    }

    @Test func withBaseURLLinksAndIdsAreAbsolute() throws {
        let site = try SiteFixture.build(SiteFixture.small, baseURL: "https://example.org/news/")
        let feed = try #require(MarkupParser.xml(Data(site.text("feed.xml")!.utf8)).root)
        #expect(feed.child("id")?.textContent == "https://example.org/news/feed.xml")
        let storms = try #require(feed.children("entry").first { $0.child("title")?.textContent == "Winter Storms" })
        #expect(storms.child("id")?.textContent == "https://example.org/news/2023/winter-storms/")
        #expect(storms.child("link")?.attribute("href") == "https://example.org/news/2023/winter-storms/")
        #expect(storms.children("category").map { $0.attribute("term") } == ["weather"])
    }
}
