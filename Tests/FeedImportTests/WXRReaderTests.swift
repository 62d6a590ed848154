import ArticleModel
@testable import FeedImport
import Foundation
import Testing

/// WordPress exports: `Fixtures/wordpress.xml` (WXR 1.2) and `Fixtures/wordpress-1.0.xml`, each
/// checked against literal values.
@Suite struct WXRReaderTests {
    private func read(_ name: String) throws -> FeedImportResult {
        FeedImporter.read(try Fixtures.data(name), file: "feeds/\(name)")
    }

    private func entries(_ name: String) throws -> [FeedEntry] {
        try #require(try read(name).feed?.entries)
    }

    private func entry(_ title: String) throws -> FeedEntry {
        try #require(try entries("wordpress.xml").first { $0.title == title })
    }

    @Test func channelFields() throws {
        let feed = try #require(try read("wordpress.xml").feed)
        #expect(feed.format == .wordpress)
        #expect(feed.title == "Coast Notes")
        #expect(feed.link == "https://blog.example")
        #expect(feed.description == "Notes from the coast")
        #expect(feed.language == "en-GB")
        #expect(feed.updated?.iso8601 == "2024-07-06T10:00:00+00:00")
    }

    @Test func onlyPublishedPostsAndPagesAreEntries() throws {
        let entries = try entries("wordpress.xml")
        #expect(entries.map(\.title) == [
            "Paragraphs and code", "Pictures from the coast", "Videos this week", "北朝鮮のミサイル", "About",
        ])
        #expect(entries.map(\.location) == [
            "item 1 \"Paragraphs and code\"", "item 2 \"Pictures from the coast\"", "item 4 \"Videos this week\"",
            "item 5 \"北朝鮮のミサイル\"", "item 10 \"About\"",
        ])
        #expect(entries.map(\.isPage) == [false, false, false, false, true])
    }

    @Test func diagnosticsCountSkippedItemsOnceAndNameItemAndLine() throws {
        #expect(try read("wordpress.xml").diagnostics.map(\.description) == [
            "feeds/wordpress.xml: note: skipped 1 draft, 1 private post, 1 trashed post, 1 revision, 2 attachments, "
                + "1 menu item: only published posts and pages are articles "
                + "(publish a post in WordPress and export again to import it)",
            "feeds/wordpress.xml:62: item 2 \"Pictures from the coast\": warning: the gallery shows attachment 99, "
                + "which the export does not hold; left it out (export all content, media included, and import again)",
            "feeds/wordpress.xml:120: item 4 \"Videos this week\": note: removed 2 shortcodes ([contact-form-7], "
                + "[su_note]) that only the old site's plugins could draw "
                + "(the export does not hold what they showed; add it to the article by hand if it matters)",
        ])
    }

    @Test func slugs() throws {
        #expect(try entries("wordpress.xml").map(\.slug) == [
            "paragraphs-and-code", "pictures-from-the-coast", "videos-this-week", "北朝鮮", "about",
        ])
    }

    @Test func datesKeepTheSiteOffset() throws {
        let entries = try entries("wordpress.xml")
        #expect(entries.map { $0.published?.iso8601 } == [
            "2024-06-28T12:22:37+05:30", "2024-07-01T09:15:00-04:00", "2024-07-02T18:00:00+02:00",
            "2024-07-03T07:30:00+09:00", "2024-06-01T10:00:00+02:00",
        ])
        #expect(entries.map { $0.updated?.iso8601 } == ["2024-06-29T08:00:00+05:30", nil, nil, nil, nil])
    }

    @Test func authorsTagsLinksAndIds() throws {
        let entries = try entries("wordpress.xml")
        #expect(entries.map(\.author) == ["Ana Lima", "Ben Okafor", "Ana Lima", "Ben Okafor", "Ana Lima"])
        #expect(entries.map(\.tags) == [
            ["Notes", "Swift"], ["Travel", "Photos", "Coast"], ["Video", "Swift"], ["ニュース", "Asia"], [],
        ])
        let first = entries[0]
        #expect(first.link == "https://blog.example/2024/06/28/paragraphs-and-code/")
        #expect(first.guid == "https://blog.example/?p=10")
        #expect(first.summary == HTMLFragment("<p>A post about paragraphs.</p>"))
        #expect(entries[1].summary == nil)
    }

    @Test func paragraphsLineBreaksAndPre() throws {
        #expect(try entry("Paragraphs and code").body == HTMLFragment("""
            <p>First paragraph, one line.</p>
            <p>A poem:<br />
            roses are red<br />
            violets are blue</p>
            <pre>let a = 1

            [gallery ids="20"]
            </pre>
            <p>Last words.</p>
            """))
    }

    @Test func captionAndGalleries() throws {
        let entry = try entry("Pictures from the coast")
        let uploads = "https://blog.example/wp-content/uploads/2024/07/"
        let cliffs = "<figure><img src=\"\(uploads)cliffs.jpg\" alt=\"Cliffs above the bay\">"
            + "<figcaption>Cliffs, July 2024</figcaption></figure>"
        #expect(entry.body == HTMLFragment("""
            <p>We drove to the coast.</p>
            <figure><img src="\(uploads)cliffs.jpg" alt="Cliffs" width="800" height="533" class="size-large wp-image-20" /><figcaption>The cliffs at dawn</figcaption></figure>
            \(cliffs)
            <p>Every photo we uploaded:</p>
            <figure><img src="\(uploads)harbour.jpg" alt=""></figure>
            \(cliffs)
            """))
        #expect(entry.image == uploads + "cliffs.jpg")
    }

    @Test func embedsBareVideoLinesAndUnknownShortcodes() throws {
        #expect(try entry("Videos this week").body == HTMLFragment("""
            <p>Two videos.</p>
            <p><a href="https://vimeo.com/123456">https://vimeo.com/123456</a></p>
            <p><a href="https://www.youtube.com/watch?v=abc123&amp;t=10">https://www.youtube.com/watch?v=abc123&amp;t=10</a></p>
            <p>Remember to subscribe. [sic]</p>
            """))
    }

    @Test func unicodeSlugAndPage() throws {
        let post = try entry("北朝鮮のミサイル")
        #expect(post.body == HTMLFragment("<p>北朝鮮は火曜日にミサイルを発射した。</p>"))
        #expect(post.link == "https://blog.example/2024/07/03/%e5%8c%97%e6%9c%9d%e9%ae%ae/")
        let page = try entry("About")
        #expect(page.isPage)
        #expect(page.body == HTMLFragment("<p>We write about the coast.</p>\n<p>And about videos.</p>"))
        #expect(page.image == nil)
    }

    @Test func firstExportFormat() throws {
        let result = try read("wordpress-1.0.xml")
        let feed = try #require(result.feed)
        #expect(feed.format == .wordpress)
        #expect(feed.title == "Old Blog")
        // The password-protected post is kept, as a draft: nothing lost, nothing published.
        #expect(feed.entries.map(\.title) == ["Hello world!", "No local date", "Dated by pubDate"])
        #expect(feed.entries.map(\.isDraft) == [false, true, false])
        let hello = feed.entries[0]
        #expect(hello.body == HTMLFragment("<p>Welcome to WordPress.<br />\nThis is your first post.</p>"))
        #expect(hello.tags == ["Diary", "first"])
        #expect(hello.author == "admin")
        #expect(hello.slug == "hello-world")
        #expect(hello.published?.iso8601 == "2009-09-01T15:30:00-05:00")
        #expect(feed.entries[2].published?.iso8601 == "2009-09-02T09:00:00-05:00")
        #expect(result.diagnostics.map(\.description) == [
            "feeds/wordpress-1.0.xml:48: item 2 \"No local date\": note: password-protected: kept as a draft (draft: true), "
                + "so it is not published (remove `draft: true` from its file to publish it)",
        ])
    }

    // MARK: Literal exports

    private static func export(_ items: String) -> Data {
        Data("""
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" \
            xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" \
            xmlns:wp="http://wordpress.org/export/1.2/">
            <channel><title>T</title>
            \(items)
            </channel></rss>
            """.utf8)
    }

    private static func post(_ title: String, _ content: String, extra: String = "") -> String {
        "<item><title>\(title)</title><content:encoded><![CDATA[\(content)]]></content:encoded>"
            + "<wp:post_id>5</wp:post_id><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>\(extra)</item>"
    }

    @Test func blockEditorContentKeepsItsOwnParagraphs() throws {
        let content = "<!-- wp:paragraph -->\n<p>One\ntwo</p>\n<!-- /wp:paragraph -->"
        let result = FeedImporter.read(Self.export(Self.post("Blocks", content)), file: "e.xml")
        #expect(result.feed?.entries.first?.body == HTMLFragment(content))
    }

    @Test func missingFeaturedImageIsReported() throws {
        let meta = "<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>77</wp:meta_value></wp:postmeta>"
        let result = FeedImporter.read(Self.export(Self.post("Lead", "Text", extra: meta)), file: "e.xml")
        #expect(result.feed?.entries.first?.image == nil)
        #expect(result.diagnostics.map(\.description) == [
            "e.xml:4: item 1 \"Lead\": warning: the featured image (attachment 77) is not in the export; the article "
                + "has no lead image (export all content, media included, and import again)",
        ])
    }

    @Test func emptyPostIsAnErrorWithItsLine() throws {
        let result = FeedImporter.read(Self.export(Self.post("", "") + "\n" + Self.post("Fine", "Body")), file: "e.xml")
        #expect(result.feed?.entries.map(\.title) == ["Fine"])
        let error = try #require(result.diagnostics.first)
        #expect(result.diagnostics.count == 1)
        #expect(error.severity == .error)
        #expect(error.file == "e.xml")
        #expect(error.item == "item 1")
        #expect(error.line == 4)
    }

    @Test func exportWithoutPublishedPostsSaysSo() throws {
        let draft = "<item><title>D</title><wp:status>draft</wp:status><wp:post_type>post</wp:post_type></item>"
            + "<item><title>B</title><wp:status>publish</wp:status><wp:post_type>wp_block</wp:post_type></item>"
        let result = FeedImporter.read(Self.export(draft), file: "e.xml")
        #expect(result.feed?.entries == [])
        #expect(result.diagnostics.map(\.message) == [
            "skipped 1 draft, 1 item of type \"wp_block\": only published posts and pages are articles",
            "the export has no published posts or pages",
        ])
    }

    @Test(arguments: [
        ("2024-06-28 12:22:37", "2024-06-28 06:52:37", "2024-06-28T12:22:37+05:30"),
        ("2024-06-28 12:22:37", "2024-06-28 06:52:40", "2024-06-28T12:22:40+05:30"),
        ("2024-01-01 00:30:00", "2023-12-31 23:45:00", "2024-01-01T00:30:00+00:45"),
        ("2024-07-02 10:00:00", "0000-00-00 00:00:00", "2024-07-02T10:00:00+00:00"),
        ("2024-07-02 10:00:00", "", "2024-07-02T10:00:00+00:00"),
        ("0000-00-00 00:00:00", "0000-00-00 00:00:00", nil),
        ("yesterday", "2024-07-02 10:00:00", nil),
    ] as [(String, String, String?)])
    func localAndGMTDates(_ local: String, _ gmt: String, _ expected: String?) {
        #expect(WXRDate.iso8601(local: local, gmt: gmt) == expected)
    }
}
