import ArticleModel
import Foundation
import Pipeline
import Testing

/// Sites built from folders in other languages: the theme's translation files, a site's own
/// override, a language the theme does not have, and a feed in another language than its site.
@Suite struct LanguageBuildTests {
    /// A site folder with `site.yml`, one article of 1 March 2024 and `files` (relative paths).
    static func site(language: String, files: [String: String] = [:]) throws -> (folder: URL, site: URL) {
        let folder = try TestSupport.temporaryFolder()
        let site = folder.appendingPathComponent("site")
        var all = files
        all["site.yml"] = "title: Testzeitung\nlanguage: \(language)\nauthor: Redaktion\n"
        all["content/2024/budget.md"] = "---\ntitle: \"Budget\"\ndate: 2024-03-01T09:00:00+01:00\n---\n\nThe vote came at night.\n"
        for (path, text) in all {
            let url = site.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return (folder, site)
    }

    static func page(_ site: URL, _ path: String) throws -> String {
        try String(contentsOf: site.appendingPathComponent("public/" + path), encoding: .utf8)
    }

    @Test func aGermanSiteWithOneStringOfItsOwn() throws {
        let (folder, site) = try Self.site(language: "de", files: ["layouts/i18n/de.yml": "nav_latest: \"Aktuell\"\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = try Pipeline.build(BuildRequest(source: .site(site), layouts: TestSupport.layouts))
        #expect(!report.diagnostics.contains { $0.file.contains("i18n") })
        let index = try Self.page(site, "index.html")
        #expect(index.contains("<li><a href=\"index.html\">Aktuell</a></li>"))
        #expect(index.contains("<h1>Neueste Artikel</h1>"))
        #expect(index.contains("<time datetime=\"2024-03-01T09:00:00+01:00\">1. März 2024</time> · Redaktion · 1 Min. Lesezeit"))
        let digest = try Self.page(site, "digest.html")
        #expect(digest.contains("<html lang=\"de\">"))
        #expect(digest.contains("<h2>Inhalt</h2>"))
        #expect(digest.contains("<p class=\"digest-count\">1 Artikel</p>"))
    }

    @Test func aLanguageTheThemeLacksWarnsOncePerMissingString() throws {
        let own = "older: \"Äldre\"\nnewer: \"Nyare\"\n"
        let (folder, site) = try Self.site(language: "sv", files: ["layouts/i18n/sv.yml": own])
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = try Pipeline.build(BuildRequest(source: .site(site), layouts: TestSupport.layouts))
        let missing = report.diagnostics.filter { $0.file == "layouts/i18n/sv.yml" }
        #expect(missing.count == UIStrings.english.entries.count - 2)
        #expect(missing.contains { $0.description == "layouts/i18n/sv.yml: warning: no string `skip_link`: English used "
            + "(add `skip_link: \"…\"` to layouts/i18n/sv.yml or to the site's layouts/i18n/sv.yml)" })
        let page = try Self.page(site, "2024/budget/index.html")
        #expect(page.contains("<time datetime=\"2024-03-01T09:00:00+01:00\">1 mars 2024</time>"))
        #expect(page.contains("<a class=\"skip-link\" href=\"#main\">Skip to content</a>"))
    }

    @Test func aFeedInAnotherLanguageMarksItsArticles() throws {
        let feed = """
            <?xml version="1.0"?><rss version="2.0"><channel><title>Nachrichten</title><language>de-DE</language>
            <item><title>Hafen</title><link>https://news.example/hafen</link><pubDate>Fri, 01 Mar 2024 09:00:00 +0100</pubDate>
            <description>&lt;p&gt;Der Hafen ist offen.&lt;/p&gt;</description></item></channel></rss>
            """
        let (folder, site) = try Self.site(language: "en", files: ["feeds/nachrichten.xml": feed])
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try Pipeline.build(BuildRequest(source: .site(site), layouts: TestSupport.layouts))
        #expect(try Self.page(site, "2024/hafen/index.html").contains("<div class=\"article-body\" lang=\"de-DE\">"))
        #expect(try Self.page(site, "2024/budget/index.html").contains("<div class=\"article-body\">"))
        #expect(try Self.page(site, "index.html").contains("<h3 class=\"story-title\" lang=\"de-DE\"><a href=\"2024/hafen/index.html\">Hafen</a></h3>"))
        // import writes the language into the article's file, so it stays marked.
        _ = try ContentImporter.importFeeds([site.appendingPathComponent("feeds/nachrichten.xml")], into: site, force: false)
        let file = try String(contentsOf: site.appendingPathComponent("content/2024/hafen.md"), encoding: .utf8)
        #expect(file.contains("\nlanguage: \"de-DE\"\n"))
    }
}
