import ArticleModel
import SiteFiles
import Testing

/// `book.sections` and `book.order` in site.yml, and the `feed:` line of an article file that
/// `book.sections: feed` reads.
@Suite struct BookSectionSettingsTests {
    @Test func defaultsAreMonthsNewestFirst() throws {
        let (config, warnings) = try SiteConfigFormat.parse("book:\n  title: x\n", file: "site.yml")
        #expect(warnings.isEmpty)
        #expect(config.book.sections == .month && config.book.order == .newestFirst)
        #expect(SiteConfig().book.sections == .month && SiteConfig().book.order == .newestFirst)
    }

    @Test(arguments: [
        ("sections: tag\n  order: oldest-first", BookSectioning.tag, BookOrder.oldestFirst),
        ("sections: feed", .feed, .newestFirst),
        ("sections: month\n  order: newest-first", .month, .newestFirst),
        ("sections: Tag\n  order: Oldest-First", .tag, .oldestFirst),
    ])
    func readsSectionsAndOrder(lines: String, sections: BookSectioning, order: BookOrder) throws {
        let (config, warnings) = try SiteConfigFormat.parse("book:\n  " + lines + "\n", file: "site.yml")
        #expect(warnings.isEmpty)
        #expect(config.book.sections == sections)
        #expect(config.book.order == order)
    }

    @Test func anUnknownValueIsAWarningAndTheDefaultStands() throws {
        let yaml = "title: x\nbook:\n  sections: chapters\n  order: [newest]\n"
        let (config, warnings) = try SiteConfigFormat.parse(yaml, file: "site.yml")
        #expect(config.book.sections == .month && config.book.order == .newestFirst)
        #expect(warnings.map(\.description) == [
            "site.yml:3: warning: `book.sections` must be month, tag or feed, not \"chapters\"; used month (write one of month, tag, feed, or leave the line out)",
            "site.yml:4: warning: `book.order` must be newest-first or oldest-first, not a list or mapping; used newest-first (write one of newest-first, oldest-first, or leave the line out)",
        ])
    }

    @Test func anArticleFileKeepsItsFeed() throws {
        let matter = FrontMatter(title: "Gulls return", source: "https://coast.example/gulls", id: "g-1", feed: "Coast News")
        let file = ArticleFile(frontMatter: matter, body: Markdown("They are back.\n"))
        let text = ArticleFileFormat.text(of: file)
        #expect(text == """
            ---
            title: "Gulls return"
            source: "https://coast.example/gulls"
            id: "g-1"
            feed: "Coast News"
            ---

            They are back.

            """)
        let (read, warnings) = try ArticleFileFormat.parse(text, file: "content/2024/gulls.md")
        #expect(warnings.isEmpty)
        #expect(read == file)
        let (blank, _) = try ArticleFileFormat.parse("---\ntitle: x\nfeed: \"  \"\n---\n", file: "content/x.md")
        #expect(blank.frontMatter.feed == nil)
    }
}
