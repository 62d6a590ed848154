import ArticleModel
import EbookBundle
import Foundation
import Testing

/// The book and the digest in the site's language: `dc:language`, `xml:lang`, the direction
/// of a right-to-left book (its pages, its spine), the words and dates of its pages, and an
/// article in another language marked on its own.
@Suite struct BookLanguageTests {
    /// A few Arabic words; the rest fall back to English.
    static let arabic = UIStrings(language: "ar", entries: [
        "contents": .text("المحتويات"),
        "article_count": .plural([.one: "مقالة واحدة", .two: "مقالتان", .few: "{count} مقالات", .many: "{count} مقالة", .other: "{count} مقالة"]),
        "byline": .text("بقلم {author}"),
        "reading_time": .plural([.one: "دقيقة واحدة للقراءة", .two: "دقيقتان للقراءة", .few: "{count} دقائق للقراءة", .other: "{count} دقيقة للقراءة"]),
        "back_to_contents": .text("العودة إلى المحتويات"),
    ])

    static let config = SiteConfig(title: "الجريدة", language: "ar", author: "المحرر")

    static let articles = [
        SampleArticles.make("الميناء", SampleArticles.date(3, 1), html: "<p>نص المقالة.</p>"),
        SampleArticles.make("Harbour news", SampleArticles.date(2, 10), html: "<p>In English.</p>"),
    ].enumerated().map { index, item in
        var copy = item
        if index == 1 { copy.article.language = "en" }
        return copy
    }

    @Test func anArabicBookRunsRightToLeft() throws {
        let plan = BookPlan(Self.articles, config: Self.config, strings: Self.arabic)
        let (epub, digest) = try BookBundle.make(plan, config: Self.config, media: .none, epubStylesheet: "", digestStylesheet: "",
                                                 modified: SampleArticles.modified)
        let book = try EPUBContents(epub)
        let package = book.text("OEBPS/content.opf")
        #expect(package.contains("<dc:language>ar</dc:language>"))
        #expect(package.contains("<spine toc=\"ncx\" page-progression-direction=\"rtl\">"))
        let navigation = book.text("OEBPS/nav.xhtml")
        #expect(navigation.contains("xml:lang=\"ar\" lang=\"ar\" dir=\"rtl\">"))
        #expect(navigation.contains("<h1>المحتويات</h1>"))
        let title = book.text("OEBPS/title.xhtml")
        #expect(title.contains("<p class=\"title-count\">مقالتان</p>"))
        #expect(title.contains("<p class=\"title-dates\">10 فبراير، 2024 – 1 مارس، 2024</p>"))
        let first = book.text("OEBPS/chapter-001.xhtml")
        #expect(first.contains("<p class=\"byline\">بقلم المحرر</p>"))
        #expect(first.contains("<p class=\"dateline\"><time datetime=\"2024-03-01\">1 مارس، 2024</time> · دقيقة واحدة للقراءة</p>"))
        #expect(first.contains("<h1 class=\"article-title\">الميناء</h1>"))
        #expect(first.contains("<div class=\"article-body\">"))
        let second = book.text("OEBPS/chapter-002.xhtml")
        #expect(second.contains("<article class=\"article\" id=\"article-2024-harbour-news\">"))
        #expect(second.contains("<h1 class=\"article-title\" xml:lang=\"en\" lang=\"en\" dir=\"ltr\">Harbour news</h1>"))
        #expect(second.contains("<div class=\"article-body\" xml:lang=\"en\" lang=\"en\" dir=\"ltr\">"))
        // The book's own words around it stay Arabic, outside the marked parts.
        #expect(second.contains("<p class=\"dateline\"><time datetime=\"2024-02-10\">10 فبراير، 2024</time> · دقيقة واحدة للقراءة</p>"))
        #expect(book.text("OEBPS/month-2024-03.xhtml").contains("<h1>مارس 2024</h1>"))
        #expect(digest.contains("<html lang=\"ar\" dir=\"rtl\">"))
        #expect(digest.contains("<h3 class=\"article-title\" lang=\"en\" dir=\"ltr\">Harbour news</h3>"))
        #expect(digest.contains("<a href=\"#contents\">العودة إلى المحتويات</a>"))
    }

    @Test func aBookInALeftToRightLanguageSaysSoOnlyThroughItsLanguage() throws {
        var german = SampleArticles.make("Hafen", SampleArticles.date(3, 1), html: "<p>Text.</p>")
        german.article.language = "de"
        let data = try EPUBBuilder.epub([german], config: SampleArticles.config, stylesheet: "", modified: SampleArticles.modified)
        let book = try EPUBContents(data)
        #expect(book.text("OEBPS/content.opf").contains("<spine toc=\"ncx\">"))
        #expect(book.text("OEBPS/content.opf").contains("<dc:language>en</dc:language>"))
        #expect(!book.text("OEBPS/nav.xhtml").contains("dir="))
        #expect(book.text("OEBPS/chapter-001.xhtml").contains("<h1 class=\"article-title\" xml:lang=\"de\" lang=\"de\">Hafen</h1>"))
    }

    @Test func placeholdersAreWrittenInTheBooksLanguage() throws {
        let german = UIStrings(language: "de", entries: ["media_image": .text("Bild"), "view_image": .text("Bild ansehen")])
        let article = SampleArticles.make("Bilder", SampleArticles.date(3, 1), html: "<p><img src=\"https://cdn.example/a.jpg\" alt=\"Kran\"></p>")
        let config = SiteConfig(title: "Zeitung", language: "de")
        let (_, digest) = try BookBundle.make(BookPlan([article], config: config, strings: german), config: config, media: .none,
                                              epubStylesheet: "", digestStylesheet: "", modified: SampleArticles.modified)
        #expect(digest.contains("<span class=\"media-placeholder\">[Bild: Kran] (<a href=\"https://cdn.example/a.jpg\">Bild ansehen</a>)</span>"))
        #expect(digest.contains("<time datetime=\"2024-03-01\">1. März 2024</time>"))
    }
}
