import ArticleModel
import Foundation
@testable import SiteBuild
import Testing

/// The search index's size against the articles' plain text (``SearchIndex/textSize(of:)``:
/// titles and body words), issue 9's budget of 35 %, on invented articles (``SearchCorpus``),
/// and how it is cut into shards. Sizes only: the time to first results is measured by
/// `bench/search.sh`.
@Suite struct SearchSizeTests {
    @Test(arguments: [200, 1_000])
    func theIndexIsAtMostAThirdOfTheText(count: Int) throws {
        let articles = SearchCorpus.articles(count: count)
        let files = SearchIndex(articles).files
        let bytes = files.reduce(0) { $0 + $1.contents.count }
        let text = SearchIndex.textSize(of: articles)
        print("search index of \(count) invented articles: \(files.count) files, \(bytes) bytes; text \(text) bytes; "
              + String(format: "%.1f %%", 100 * Double(bytes) / Double(text)))
        #expect(Double(bytes) <= 0.35 * Double(text))
    }

    @Test func aLargeIndexIsShardedAndTheFirstFileStaysSmall() throws {
        let articles = SearchCorpus.articles(count: 1_000)
        let files = SearchIndex(articles).files
        let paths = files.map(\.path)
        #expect(paths.first == "search-index.js")
        #expect(paths.filter { $0.hasPrefix("search/docs-") } == (0..<20).map { "search/docs-\($0).js" })
        let terms = paths.filter { $0.hasPrefix("search/terms-") }
        #expect(terms == (0..<terms.count).map { "search/terms-\($0).js" } && terms.count > 5)
        let first = try #require(files.first)
        #expect(first.contents.count < 12_000, "search-index.js is \(first.contents.count) bytes")
        #expect(files.dropFirst().allSatisfy { $0.contents.count < 2 * SearchIndex.termShardBytes })
        let reader = try SearchIndexReader(files)
        #expect(reader.documents.count == 1_000 && reader.lines.count == SearchIndex(articles).terms.count)
    }

    @Test func theTextIsTheTitlesAndTheWordsOfTheBodies() {
        var one = SiteFixture.article("Tide tables", "2024-03-03T09:00:00Z")
        one.html = HTMLFragment("<p>High <em>tide</em>,</p><p>low&nbsp;tide.</p>")
        // "Tide tables" + " " + "High tide, low tide." (block ends and &nbsp; separate words)
        #expect(SearchIndex.textSize(of: [one]) == 11 + 1 + 20)
    }
}
