import ArticleModel
import Foundation
import SiteBuild
import Testing

@Suite struct SiteSpeedTests {
    /// 10,000 articles over ten years, 50 tags. Set `SITE_BENCH=1` to run (use `-c release`).
    @Test(.enabled(if: ProcessInfo.processInfo.environment["SITE_BENCH"] != nil))
    func tenThousandArticles() throws {
        let articles = (0..<10_000).map { index in
            let day = CivilDate(epochSeconds: 1_500_000_000 + index * 31_000)
            let iso = "\(day.year)-\(day.month < 10 ? "0" : "")\(day.month)-\(day.day < 10 ? "0" : "")\(day.day)T12:00:00Z"
            return SiteFixture.article("Article \(index)", iso, tags: ["Tag \(index % 50)", "Tag \(index % 7)"], words: 400)
        }
        let start = Date()
        let site = try SiteFixture.build(articles, pageSize: 10)
        let seconds = Date().timeIntervalSince(start)
        print("built \(site.files.count) files from \(articles.count) articles in \(seconds) s")
        #expect(site.files.count > 10_000)
    }
}
