import ArticleModel
import Foundation
import SiteBuild
import Testing

/// `search-index.js` built from in-memory sites, read back the way `assets/search.js` reads it
/// (``SearchIndexReader``) and compared with literal expected terms and postings.
@Suite struct SearchIndexTests {
    /// Three articles: accents and a case difference (`Café`, `CAFE`), a German compound and
    /// `ß`, a Japanese title and body (bigrams, plus each run's last character).
    static let threeArticles: [RenderedArticle] = [
        article("Crème brûlée at the Café", "2024-03-03T09:00:00Z", "<p>The café serves crème brûlée.</p>"),
        article("Die Donaudampfschifffahrt", "2024-03-02T09:00:00Z",
                "<p>Eine Fahrt mit der Donaudampfschifffahrt auf der Straße? Nein: auf der Donau.</p>"),
        article("東京の天気", "2024-03-01T09:00:00Z", "<p>東京は晴れ。<em>Tokyo</em> CAFE</p>"),
    ]

    @Test func termsAndPostingsOfAThreeArticleSite() throws {
        let index = try SearchIndexReader(try SiteFixture.build(Self.threeArticles).files)
        // term: article number × body count, `+title` when it is in the title too.
        #expect(index.lines == [
            "at: 0×0+title",
            "auf: 1×2",
            "brulee: 0×1+title",
            "cafe: 0×1+title, 2×1",
            "creme: 0×1+title",
            "der: 1×3",
            "die: 1×0+title",
            "donau: 1×1",
            "donaudampfschifffahrt: 1×1+title",
            "eine: 1×1",
            "fahrt: 1×1",
            "mit: 1×1",
            "nein: 1×1",
            "serves: 0×1",
            "strasse: 1×1",
            "the: 0×1+title",
            "tokyo: 2×1",
            "の天: 2×0+title",
            "は晴: 2×1",
            "れ: 2×1",
            "京の: 2×0+title",
            "京は: 2×1",
            "天気: 2×0+title",
            "晴れ: 2×1",
            "東京: 2×1+title",
            "気: 2×0+title",
        ])
        #expect(index.documents == [
            ["Crème brûlée at the Café", "2024/crème-brûlée-at-the-café/", "3 March 2024", "The café serves crème brûlée.", "5"],
            ["Die Donaudampfschifffahrt", "2024/die-donaudampfschifffahrt/", "2 March 2024",
             "Eine Fahrt mit der Donaudampfschifffahrt auf der Straße? Nein: auf der Donau.", "12"],
            ["東京の天気", "2024/東京の天気/", "1 March 2024", "東京は晴れ。Tokyo CAFE", "7"],
        ])
    }

    @Test func theFileIsAScriptSettingOneGlobal() throws {
        let one = [Self.article("Tide tables", "2024-03-03T09:00:00Z", "<p>High tide, low tide.</p>")]
        let text = try #require(SiteFixture.build(one).text("search-index.js"))
        // One shard of each kind, so all in this file. Terms high, low, tables, tide ("Bide": one
        // unit shared with "tables"), nothing between them. Postings: high and low "A" (article
        // 0, code 0: weight 2); tables "DB" (article 0 × 4 + 3, weight 1: title only); tide "DF"
        // (weight 5: twice in the body × 2 + 1 for the title). Lengths: 4 terms, "E".
        #expect(text == """
            window.BroadsheetSearch = {"format": 2,
            "lengths": "E",
            "shards": ["high"],
            "perShard": 50,
            "t": [["AhighAlowAtablesBide",
            "A A DB DF"]],
            "d": [[["Tide tables","2024/tide-tables/","3 March 2024","High tide, low tide."]]]};

            """)
    }

    @Test func titlesAndTextAreEscapedForAScript() throws {
        let hostile = Self.article("</script><script>alert(\"x\")</script>\\", "2024-03-03T09:00:00Z",
                              "<p>a &lt;b&gt; \u{2028} c</p>")
        let text = try #require(SiteFixture.build([hostile]).text("search-index.js"))
        #expect(!text.contains("<"))
        #expect(text.contains(#""\u003c/script>\u003cscript>alert(\"x\")\u003c/script>\\""#))
        #expect(text.contains(#""a \u003cb> \u2028 c""#))
        let index = try SearchIndexReader(text)
        #expect(index.documents.first?.first == "</script><script>alert(\"x\")</script>\\")
    }

    @Test func longTextIsCutAtAWordForTheSnippet() throws {
        let words = (1...60).map { "word\($0)" }.joined(separator: " ")
        let site = try SiteFixture.build([Self.article("Long", "2024-03-03T09:00:00Z", "<p>\(words)</p>")])
        let index = try SearchIndexReader(site.files)
        let excerpt = try #require(index.documents.first?[3])
        #expect(excerpt == (1...21).map { "word\($0)" }.joined(separator: " ") + "…")
        #expect(index.documents.first?[4] == "60")
    }

    @Test func standalonePagesComeLastWithoutADateAndUndatedArticlesHaveNone() throws {
        var about = Self.article("About us", "2024-03-03T09:00:00Z", "<p>Who we are.</p>")
        about.article.isPage = true
        var notes = Self.article("Notes", "2024-03-03T09:00:00Z", "<p>Kept.</p>")
        notes.article.date = nil
        let site = try SiteFixture.build([about, notes, Self.threeArticles[0]])
        let index = try SearchIndexReader(site.files)
        #expect(index.documents.map { [$0[0], $0[1], $0[2]] } == [
            ["Crème brûlée at the Café", "2024/crème-brûlée-at-the-café/", "3 March 2024"],
            ["Notes", "undated/notes/", ""],
            ["About us", "about-us/", ""],
        ])
    }

    @Test func theSameSiteGivesTheSameBytesInAnyOrder() throws {
        let first = try SiteFixture.build(Self.threeArticles).text("search-index.js")
        let second = try SiteFixture.build(Self.threeArticles.reversed()).text("search-index.js")
        #expect(first != nil && first == second)
    }

    @Test func anEmptySiteHasAnEmptyIndex() throws {
        let index = try SearchIndexReader(try SiteFixture.build([]).files)
        #expect(index.documents.isEmpty && index.lines.isEmpty)
    }

    private static func article(_ title: String, _ date: String, _ html: String) -> RenderedArticle {
        var item = SiteFixture.article(title, date)
        item.html = HTMLFragment(html)
        return item
    }
}
