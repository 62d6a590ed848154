import ArticleModel
import Foundation
import SiteBuild
import SiteCheck
import Testing

@Suite struct SiteLinkTests {
    static let sites: [(String, SiteBuildResult)] = {
        [("small", try! SiteFixture.build(SiteFixture.small)),
         ("large", try! SiteFixture.build(SiteFixture.large, pageSize: 4)),
         ("large with base URL", try! SiteFixture.build(SiteFixture.large, pageSize: 4, baseURL: "https://example.org/x/"))]
    }()

    @Test func everyInternalLinkResolvesToAFileInTheOutput() {
        for (name, site) in Self.sites {
            // With a base URL, the 404 page's links are absolute (see SiteNotFoundTests).
            for page in site.pages where !(page == "404.html" && name.hasSuffix("base URL")) {
                #expect(!PageLinks(path: page, html: site.text(page)!).internalLinks.isEmpty, "\(name): \(page) has no links")
            }
            // What `broadsheet check` finds: links, anchors, pictures, stylesheets, feeds.
            let tree = Dictionary(site.files.map { ($0.path, $0.contents) }, uniquingKeysWith: { first, _ in first })
            #expect(SiteChecker.problems(in: tree).map(\.description) == [], "\(name)")
        }
    }

    @Test func noLinkIsAbsoluteOrNamesAFolder() {
        for (name, site) in Self.sites {
            for page in site.pages {
                for link in PageLinks(path: page, html: site.text(page)!).internalLinks {
                    #expect(!link.hasPrefix("/"), "\(name): \(page) links to \(link)")
                    #expect(!link.hasSuffix("/"), "\(name): \(page) links to the folder \(link)")
                    #expect(!link.contains("://"), "\(name): \(page) links to \(link)")
                }
            }
        }
    }

    @Test func everyPageHasLanguageTitleOneHeadingAndTheTheme() {
        for (name, site) in Self.sites {
            for page in site.pages {
                let html = site.text(page)!
                #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en-GB\">"), "\(name): \(page)")
                #expect(html.contains("<meta name=\"generator\" content=\"Broadsheet\">"), "\(name): \(page)")
                #expect(html.contains("<meta name=\"viewport\""), "\(name): \(page)")
                #expect(html.contains(" – The Daily Test</title>") || html.contains("<title>The Daily Test</title>"), "\(name): \(page)")
                #expect(html.contains("<link rel=\"stylesheet\"") || page == "404.html" && html.contains("<style>"), "\(name): \(page)")
                #expect(PageLinks(path: page, html: html).headingCount == 1, "\(name): \(page)")
                #expect(html.contains("<main id=\"main\""), "\(name): \(page)")
                // A misspelt key renders as nothing, silently: look for the empty traces.
                for trace in ["href=\"\"", "src=\"\"", "datetime=\"\"", "<h1></h1>", "<h2></h2>", "<title> ", "<a href=\"\"",
                              "></a>", "<li></li>", "<time datetime=\"\">", "lang=\"\""] {
                    #expect(!html.contains(trace), "\(name): \(page) contains \(trace)")
                }
            }
        }
    }

    @Test func articlesLinkToTheirNewerAndOlderNeighbours() throws {
        let site = try SiteFixture.build(SiteFixture.small)
        let middle = try #require(site.text("2024/rail-strike/index.html"))
        #expect(middle.contains("<a href=\"../../2024/spring-forecast/index.html\"><span>Newer</span> Spring Forecast</a>"))
        #expect(middle.contains("<a href=\"../../2024/new-year-markets/index.html\"><span>Older</span> New Year Markets</a>"))
        let newest = try #require(site.text("2024/spring-forecast/index.html"))
        #expect(!newest.contains("<span>Newer</span>"))
        #expect(newest.contains("<a href=\"../../2024/rail-strike/index.html\"><span>Older</span> Rail Strike</a>"))
        let oldest = try #require(site.text("2023/autumn-budget/index.html"))
        #expect(!oldest.contains("<span>Older</span>"))
        #expect(oldest.contains("<a href=\"../../2023/winter-storms/index.html\"><span>Newer</span> Winter Storms</a>"))
    }

    @Test func monthAndYearPagesLinkToTheNeighbouringPeriodsThatExist() throws {
        let site = try SiteFixture.build(SiteFixture.small)
        let january = try #require(site.text("archive/2024/01/index.html"))
        #expect(january.contains("<a href=\"../../../archive/2024/03/index.html\"><span>Next month</span> March 2024</a>"))
        #expect(january.contains("<a href=\"../../../archive/2023/12/index.html\"><span>Previous month</span> December 2023</a>"))
        #expect(january.contains("<a href=\"../../../archive/2024/index.html\">2024</a>"))
        let year = try #require(site.text("archive/2023/index.html"))
        #expect(year.contains("<a href=\"../../archive/2024/index.html\"><span>Next year</span> 2024</a>"))
        #expect(!year.contains("<span>Previous year</span>"))
        #expect(year.contains("<a href=\"../../archive/2023/11/index.html\">November</a> <span class=\"count\">1</span>"))
    }

    @Test func archiveIndexListsYearsAndMonthsWithCounts() throws {
        let site = try SiteFixture.build(SiteFixture.small)
        let archive = try #require(site.text("archive/index.html"))
        #expect(archive.contains("<h2><a href=\"../archive/2024/index.html\">2024</a> <span class=\"count\">3</span></h2>"))
        #expect(archive.contains("<h2><a href=\"../archive/2023/index.html\">2023</a> <span class=\"count\">2</span></h2>"))
        #expect(archive.contains("<a href=\"../archive/2024/01/index.html\">January</a> <span class=\"count\">2</span>"))
        #expect(archive.range(of: "2024/index.html")!.lowerBound < archive.range(of: "2023/index.html")!.lowerBound)
    }
}
