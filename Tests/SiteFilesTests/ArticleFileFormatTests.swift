import ArticleModel
import SiteFiles
import Testing

@Suite struct ArticleFileFormatTests {
    static let sample = ArticleFile(
        frontMatter: FrontMatter(
            title: "Kim's \"visit\": day 2 \\ a: b # c", date: ArticleDate(iso8601: "2024-06-28T12:22:37+05:30"),
            source: "https://example.com/a?b=1&c=2", id: "guid-1", author: "Jane Doe",
            tags: ["North Korea", "Asia: East", "- dash"], summary: "Line one\nline two"),
        body: Markdown("Hello *world*.\n\n- one\n- two\n"))

    @Test func writesFixedKeyOrderAndQuotedStrings() {
        #expect(ArticleFileFormat.text(of: Self.sample) == """
        ---
        title: "Kim's \\"visit\\": day 2 \\\\ a: b # c"
        date: 2024-06-28T12:22:37+05:30
        source: "https://example.com/a?b=1&c=2"
        id: "guid-1"
        author: "Jane Doe"
        tags: ["North Korea", "Asia: East", "- dash"]
        summary: "Line one\\nline two"
        ---

        Hello *world*.

        - one
        - two

        """)
    }

    @Test func roundTripsEveryField() throws {
        let text = ArticleFileFormat.text(of: Self.sample)
        let (parsed, warnings) = try ArticleFileFormat.parse(text, file: "a.md")
        #expect(parsed == Self.sample)
        #expect(warnings.isEmpty)
        #expect(parsed.frontMatter.date?.offsetSeconds == 19_800)
    }

    @Test func writesAndReadsTheLeadImageAndThePageFlagInTheirPlace() throws {
        let file = ArticleFile(
            frontMatter: FrontMatter(title: "About", date: ArticleDate(iso8601: "2024-06-01T10:00:00+02:00"),
                                     id: "https://blog.example/?page_id=2", summary: "Who we are",
                                     draft: true, slug: "about-us", image: "https://blog.example/a.jpg?w=800&h=600", isPage: true),
            body: Markdown("We write about the coast.\n"))
        let text = ArticleFileFormat.text(of: file)
        #expect(text == """
        ---
        title: "About"
        date: 2024-06-01T10:00:00+02:00
        id: "https://blog.example/?page_id=2"
        summary: "Who we are"
        image: "https://blog.example/a.jpg?w=800&h=600"
        page: true
        draft: true
        slug: "about-us"
        ---

        We write about the coast.

        """)
        let (parsed, warnings) = try ArticleFileFormat.parse(text, file: "content/pages/about.md")
        #expect(parsed == file)
        #expect(warnings.isEmpty)
    }

    @Test func readsHandWrittenImageAndPageKeys() throws {
        let text = "---\ntitle: Contact\npage: yes\nimage: https://example.org/me.png\n---\nMail us.\n"
        let (file, warnings) = try ArticleFileFormat.parse(text, file: "content/pages/contact.md")
        #expect(file.frontMatter.isPage)
        #expect(file.frontMatter.image == "https://example.org/me.png")
        #expect(warnings.isEmpty)
        let (plain, _) = try ArticleFileFormat.parse("---\ntitle: Post\n---\n", file: "content/2024/post.md")
        #expect(!plain.frontMatter.isPage && plain.frontMatter.image == nil)
        #expect(throws: SiteFileError.self) {
            try ArticleFileFormat.parse("---\ntitle: Post\npage: maybe\n---\n", file: "content/2024/post.md")
        }
    }

    @Test(arguments: ["Ünïcödé – “quoted” \u{1F600}", "line\u{2028}sep", "tab\there", "", "null", "yes", "2024-01-01", "@at", "`tick`"])
    func roundTripsAwkwardTitles(title: String) throws {
        let file = ArticleFile(frontMatter: FrontMatter(title: title.isEmpty ? "x" : title), body: Markdown(""))
        let (parsed, _) = try ArticleFileFormat.parse(ArticleFileFormat.text(of: file), file: "t.md")
        #expect(parsed == file)
    }

    @Test func readsHandWrittenFrontMatter() throws {
        let text = "---\r\ntitle: Plain title\r\ndate: 2026-11-02\r\ntags: Solo\r\ndraft: yes\r\ncolour: red\r\n---\r\nBody\r\n"
        let (file, warnings) = try ArticleFileFormat.parse(text, file: "content/x.md")
        #expect(file.frontMatter.title == "Plain title")
        #expect(file.frontMatter.date?.iso8601 == "2026-11-02T00:00:00+00:00")
        #expect(file.frontMatter.tags == ["Solo"])
        #expect(file.frontMatter.draft)
        #expect(file.body.text == "Body\n")
        #expect(warnings.map(\.description) == ["content/x.md:6: warning: unknown setting `colour` ignored (known settings: author, auto_tags, date, draft, feed, id, image, language, page, slug, source, summary, tags, title, updated)"])
    }

    @Test func writesAndReadsTheArticlesLanguageAfterItsAuthor() throws {
        let file = ArticleFile(frontMatter: FrontMatter(title: "Sommer", author: "Eva", tags: ["Wetter"], language: "de-AT"), body: Markdown(""))
        let text = ArticleFileFormat.text(of: file)
        #expect(text == "---\ntitle: \"Sommer\"\nauthor: \"Eva\"\nlanguage: \"de-AT\"\ntags: [\"Wetter\"]\n---\n\n")
        #expect(try ArticleFileFormat.parse(text, file: "t.md").0 == file)
        let (odd, warnings) = try ArticleFileFormat.parse("---\ntitle: x\nlanguage: Deutsch (Österreich)\n---\n", file: "content/y.md")
        #expect(odd.frontMatter.language == nil)
        #expect(warnings.map(\.description) == ["content/y.md:3: warning: `language` \"Deutsch (Österreich)\" is not a language code; ignored (give a code such as de, en-GB or ar, or leave the line out for the site's language)"])
    }

    @Test(arguments: [
        ("no front matter", "content/a.md:1: error: no front matter (start the file with a `---` line, then `title: ...`, then another `---` line)"),
        ("---\ntitle: x\n", "content/a.md:1: error: the front matter is never closed (add a `---` line after the last front matter line)"),
        ("---\ndate: 2024-01-01\n---\n", "content/a.md:1: error: no `title` in the front matter (add a line `title: \"...\"` between the `---` lines)"),
        ("---\ntitle: x\ndate: yesterday\n---\n", "content/a.md:3: error: `date` is not a date: \"yesterday\" (write it as 2024-06-28 or 2024-06-28T12:22:37+02:00)"),
        ("---\ntitle: [unclosed\n---\n", nil),
    ] as [(String, String?)])
    func reportsBrokenFilesWithLine(text: String, expected: String?) {
        do {
            _ = try ArticleFileFormat.parse(text, file: "content/a.md")
            Issue.record("expected an error")
        } catch {
            if let expected { #expect(error.description == expected) }
            else { #expect(error.description.hasPrefix("content/a.md:")) }
        }
    }
}

@Suite struct ArticleFileBodyTests {
    @Test func anOpeningIndentedCodeBlockKeepsItsIndent() throws {
        let file = ArticleFile(frontMatter: FrontMatter(title: "Code"), body: Markdown("    let x = 1\n\nText.\n"))
        let text = ArticleFileFormat.text(of: file)
        #expect(text.hasSuffix("---\n\n    let x = 1\n\nText.\n"))
        #expect(try ArticleFileFormat.parse(text, file: "c.md").0 == file)
    }

    @Test func controlCharactersYAMLRejectsAreEscaped() throws {
        let file = ArticleFile(frontMatter: FrontMatter(title: "Bad \u{92}quote\u{85} \u{FFFE}", summary: "\u{9F}"), body: Markdown(""))
        let text = ArticleFileFormat.text(of: file)
        #expect(text.contains(#"title: "Bad \u0092quote\u0085 \uFFFE""#))
        #expect(try ArticleFileFormat.parse(text, file: "c.md").0 == file)
    }
}
