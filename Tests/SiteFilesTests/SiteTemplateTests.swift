import ArticleModel
import SiteFiles
import Testing

/// The files `broadsheet new` writes read back as the site settings and the article they say.
@Suite struct SiteTemplateTests {
    static let date = ArticleDate(year: 2025, month: 3, day: 14, hour: 9, minute: 30, offsetSeconds: 3600)!

    @Test(arguments: [[], ["feeds/news.xml", "https://news.example/feed.xml"]])
    func siteYMLReadsBackWithTheDefaultsAndNoWarning(sources: [String]) throws {
        let (config, warnings) = try SiteConfigFormat.parse(SiteTemplate.siteYML(title: "Harbour News", sources: sources), file: "site.yml")
        #expect(warnings.isEmpty, "\(warnings)")
        var expected = SiteConfig(title: "Harbour News", language: "en", sources: sources)
        expected.articleSchema = config.articleSchema
        #expect(config == expected, "every setting but title, language and sources is left at its default")
        #expect(config.articleSchema == .news)
    }

    @Test(arguments: ["Quote \" and \\ back", "Two\nlines", "# not a comment", "key: value", "  spaced  "])
    func anyTitleIsWrittenAsAQuotedScalar(title: String) throws {
        let (config, warnings) = try SiteConfigFormat.parse(SiteTemplate.siteYML(title: title, sources: ["feeds/a b.xml"]), file: "site.yml")
        #expect(warnings.isEmpty)
        #expect(config.title == title)
        #expect(config.sources == ["feeds/a b.xml"])
    }

    @Test func everyCommentedSettingIsOneTheReaderKnows() throws {
        // Uncommenting every example (`# key: value`, `#   - item`) gives a file the reader
        // takes without a warning, with the values the comments show.
        let text = SiteTemplate.siteYML(title: "T", sources: [])
        let setting = /^(\s*)# ?(\s*(?:[a-z_]+:|- ).*)$/
        let uncommented = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            guard let match = line.wholeMatch(of: setting) else { return String(line) }
            return String(match.1) + String(match.2)
        }.joined(separator: "\n")
        #expect(uncommented.contains("\nbook:\n  enabled: true"), "\(uncommented)")
        let (config, warnings) = try SiteConfigFormat.parse(uncommented, file: "site.yml")
        #expect(warnings.isEmpty, "\(warnings)")
        #expect(config.baseURL == "https://example.com/news/")
        #expect(config.sources == ["feeds/news.xml", "https://news.example/feed.xml"])
        #expect(config.pageSize == 10)
        #expect(config.book.enabled && config.book.limit == 0)
        #expect(config.book.digestImageWidth == BookOptions().digestImageWidth)
        #expect(config.book.digestImageBudget == BookOptions().digestImageBudget)
        #expect(config.feeds == FeedOptions())
        #expect(config.fetch == FetchOptions())
        #expect(config.autoTags)
        #expect(config.cleaning.dropText == ["^Share this:?$"])
    }

    @Test func theFirstArticleIsAnArticleFileOfThatDate() throws {
        #expect(SiteTemplate.welcomePath(Self.date) == "content/2025/welcome.md")
        let (file, warnings) = try ArticleFileFormat.parse(SiteTemplate.welcome(title: "Harbour News", date: Self.date), file: "welcome.md")
        #expect(warnings.isEmpty)
        #expect(file.frontMatter.title == "Welcome to Harbour News")
        #expect(file.frontMatter.date == Self.date)
        #expect(!file.frontMatter.draft)
        #expect(file.body.text.hasPrefix("This is the first article of the site, written by hand."))
    }

    @Test func gitignoreCoversWhatBuildsWrite() {
        let lines = Set(SiteTemplate.gitignore.split(separator: "\n").map(String.init))
        #expect(lines.isSuperset(of: ["/public/", "/.broadsheet/", "/.public.lock", "/.public.tmp-*/", "/.public.old-*/"]))
    }
}
