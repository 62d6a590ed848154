import ArticleModel
import SiteFiles
import Testing

/// `feeds.entries`, `feeds.tags` and `article_type`: how many entries the feeds carry, whether
/// tags have feeds, and what article pages call themselves in their structured data.
@Suite struct FeedSettingsTests {
    @Test func defaultsAreTwentyEntriesTagFeedsAndNewsArticles() throws {
        let (config, _) = try SiteConfigFormat.parse("title: x\n", file: "site.yml")
        #expect(config.feeds == FeedOptions(entries: 20, tags: true))
        #expect(config.articleSchema == .news)
    }

    @Test(arguments: [
        ("feeds:\n  entries: 50\n", 50, true, ArticleSchema.news),
        ("feeds:\n  entries: 1\n  tags: false\narticle_type: BlogPosting\n", 1, false, .blog),
        ("feeds:\n  tags: false\n", 20, false, .news),
        ("article_type: Article\n", 20, true, .article),
    ])
    func readsTheSettings(yaml: String, entries: Int, tags: Bool, schema: ArticleSchema) throws {
        let (config, warnings) = try SiteConfigFormat.parse(yaml, file: "site.yml")
        #expect(warnings.isEmpty)
        #expect(config.feeds.entries == entries && config.feeds.tags == tags)
        #expect(config.articleSchema == schema)
    }

    @Test(arguments: [
        ("feeds:\n  entries: 0\n", "site.yml:2: error: `feeds.entries` must be between 1 and 1000"),
        ("title: x\nfeeds:\n  entries: 5000\n", "site.yml:3: error: `feeds.entries` must be between 1 and 1000"),
        ("article_type: Blog\n", "site.yml:1: error: `article_type` must be one of NewsArticle, BlogPosting, Article, not \"Blog\""),
    ])
    func rejectsWhatIsNoSetting(yaml: String, expected: String) {
        #expect(throws: SiteFileError.self) { try SiteConfigFormat.parse(yaml, file: "site.yml") }
        do { _ = try SiteConfigFormat.parse(yaml, file: "site.yml") } catch { #expect(error.description == expected) }
    }

    @Test func anUnknownFeedSettingIsAWarning() throws {
        let (_, warnings) = try SiteConfigFormat.parse("feeds:\n  entires: 5\n", file: "site.yml")
        #expect(warnings.map(\.description) == ["site.yml:2: warning: unknown setting `feeds.entires` ignored (known settings: entries, tags)"])
    }
}
