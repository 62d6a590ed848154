@testable import PageExtract
import Testing

/// Metadata read from small pages: date forms, JSON-LD shapes and the order of sources.
@Suite struct MetadataTests {
    static func metadata(head: String, body: String = "<p>Text.</p>") -> PageMetadata {
        PageExtractor.extract("<html><head>\(head)</head><body>\(body)</body></html>").metadata
    }

    static let dates: [(written: String, read: String)] = [
        ("2024-03-05T18:42:00Z", "2024-03-05T18:42:00+00:00"),
        ("2024-03-05T18:42:00.000Z", "2024-03-05T18:42:00+00:00"),
        ("2024-03-05T18:42:00+05:30", "2024-03-05T18:42:00+05:30"),
        ("2024-03-05T18:42:00+0100", "2024-03-05T18:42:00+01:00"),
        ("2024-03-05 18:42", "2024-03-05T18:42:00+00:00"),
        ("2024-03-05", "2024-03-05T00:00:00+00:00"),
    ]

    @Test(arguments: dates.indices) func readsDateForms(_ index: Int) {
        let (written, read) = Self.dates[index]
        let meta = Self.metadata(head: "<meta property=\"article:published_time\" content=\"\(written)\">")
        #expect(meta.published?.iso8601 == read, "\(written)")
    }

    @Test func anUnreadableDateIsAWarning() {
        let page = PageExtractor.extract("<html><head><meta property=\"article:published_time\" content=\"last Tuesday\"></head><body><p>x</p></body></html>", file: "p.html")
        #expect(page.metadata.published == nil)
        #expect(page.diagnostics.contains { $0.severity == .warning && $0.message.contains("\"last Tuesday\"") })
    }

    @Test func readsJSONLDShapes() {
        let script = """
        <script type="application/ld+json"><!--
        {"@type": ["CreativeWork", "BlogPosting"], "headline": "Shapes", "author": "Ana Lima",
         "image": ["https://example.org/a.jpg", "https://example.org/b.jpg"], "keywords": "one, two"}
        --></script>
        """
        let meta = Self.metadata(head: script)
        #expect(meta.title == "Shapes")
        #expect(meta.authors == ["Ana Lima"])
        #expect(meta.image == "https://example.org/a.jpg")
        #expect(meta.tags == ["one", "two"])
    }

    @Test func jsonLDWinsOverOpenGraphAndMeta() {
        let head = """
        <meta property="og:title" content="OG title"><meta name="author" content="Meta Author">
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"LD title","author":[{"name":"A"},{"name":"B"},{"name":"C"}]}</script>
        """
        let meta = Self.metadata(head: head)
        #expect(meta.title == "LD title")
        #expect(meta.byline == "A, B and C")
    }

    @Test func anAuthorAddressIsNoName() {
        let meta = Self.metadata(head: "<meta property=\"article:author\" content=\"https://facebook.example/someone\">")
        #expect(meta.authors.isEmpty)
    }

    @Test func brokenJSONLDIsSkipped() {
        let meta = Self.metadata(head: "<script type=\"application/ld+json\">{\"@type\": \"Article\", </script><title>Plain</title>")
        #expect(meta.title == "Plain")
    }

    @Test func findsTheArticleAsAPagesMainEntity() {
        let meta = Self.metadata(head: "<script type=\"application/ld+json\">{\"@type\":\"WebPage\",\"mainEntity\":{\"@type\":\"Article\",\"headline\":\"Inside\"}}</script>")
        #expect(meta.title == "Inside")
    }

    @Test func aHeadlineCutShortGivesWayToTheWholeOne() {
        let head = """
        <meta property="og:title" content="A very long headline that goes on and on about the harbour">
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"A very long headline that goes on…"}</script>
        """
        #expect(Self.metadata(head: head).title == "A very long headline that goes on and on about the harbour")
    }

    @Test func aRelativeCanonicalLinkIsMadeAbsolute() {
        let head = "<link rel=\"canonical\" href=\"/2024/story\"><meta property=\"og:url\" content=\"https://example.org/x?utm=1\">"
        #expect(Self.metadata(head: head).canonicalLink == "https://example.org/2024/story")
    }

    @Test func aLeadingByIsNoPartOfTheName() {
        #expect(Self.metadata(head: "<meta name=\"author\" content=\"By Jane Doe\">").authors == ["Jane Doe"])
        #expect(Self.metadata(head: "<meta name=\"author\" content=\"Byron Hale\">").authors == ["Byron Hale"])
    }
}
