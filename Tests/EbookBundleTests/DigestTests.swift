import ArticleModel
import EbookBundle
import Foundation
import MarkupTree
import Testing

@Suite("Digest")
struct DigestTests {
    let page = DigestBuilder.html(SampleArticles.all, config: SampleArticles.config,
                                  stylesheet: "body { color: black; }\n/* </style><script>x</script> */\n")

    @Test("the page makes no request: no script, no external image, stylesheet or font")
    func selfContained() {
        #expect(!page.contains("<script"))
        #expect(!page.contains("src=\"http"))
        #expect(!page.contains("<img"))
        #expect(!page.contains("<iframe"))
        #expect(!page.contains("<link"))
        #expect(!page.contains("@import"))
        #expect(page.contains("<style>\nbody { color: black; }"))
    }

    @Test("every #anchor link has exactly one matching id")
    func anchors() throws {
        let body = MarkupParser.html(page)
        var ids: [String] = []
        var targets: [String] = []
        var stack = body.children
        while let node = stack.popLast() {
            guard case .element(let e) = node else { continue }
            if let id = e.attribute("id") { ids.append(id) }
            if let href = e.attribute("href"), href.hasPrefix("#") { targets.append(String(href.dropFirst())) }
            stack += e.children
        }
        #expect(ids.count == Set(ids).count, "duplicate ids: \(ids)")
        #expect(!targets.isEmpty)
        for target in targets { #expect(ids.contains(target), "no id for #\(target)") }
    }

    @Test("articles with the same slug still get distinct anchors")
    func duplicateSlugs() {
        let articles = [
            SampleArticles.make("Storm", SampleArticles.date(3, 1), html: "<p>one</p>"),
            SampleArticles.make("Storm", SampleArticles.date(3, 2), html: "<p>two</p>"),
            SampleArticles.make("Storm 2", SampleArticles.date(3, 3), html: "<p>three</p>"),
        ]
        let page = DigestBuilder.html(articles, config: SampleArticles.config, stylesheet: "")
        for anchor in ["article-2024-storm-2", "article-2024-storm", "article-2024-storm-3"] {
            #expect(page.components(separatedBy: "id=\"\(anchor)\"").count == 2, "\(anchor)")
            #expect(page.contains("href=\"#\(anchor)\""), "\(anchor)")
        }
    }

    @Test("the header, the contents by month and every article, newest first")
    func contents() throws {
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(page.contains("<h1>The Harbour Gazette</h1>"))
        #expect(page.contains("<p class=\"digest-dates\">11 April 2024 – 28 June 2024</p>"))
        for article in SampleArticles.all {
            #expect(page.contains(MarkupSerializer.escapeText(article.article.title)), "\(article.article.title)")
        }
        let months = ["June 2024", "May 2024", "April 2024"].map { page.range(of: "<h2>\($0)</h2>")?.lowerBound }
        #expect(months.allSatisfy { $0 != nil })
        #expect(months.compactMap { $0 } == months.compactMap { $0 }.sorted())
        let ferry = try #require(page.range(of: "Ferry timetable"))
        let quay = try #require(page.range(of: "Quay repairs finished"))
        #expect(ferry.lowerBound < quay.lowerBound)
    }

    @Test("body headings sit below the article's headline")
    func headings() {
        #expect(page.contains("<h3 class=\"article-title\">Ferry timetable"))
        #expect(page.contains("<h4 id=\"article-2024-ferry-timetable-tom-jerry-return--fares\">Fares</h4>"))
    }

    @Test("images become alt text and a link")
    func images() {
        #expect(page.contains("[Image: The ferry at dawn] (<a href=\"https://cdn.example/ferry.jpg\">view image</a>)"))
        #expect(page.contains("[Embedded content] (<a href=\"https://video.example/embed/1\">view embedded content</a>)"))
    }

    @Test("the limit and the book title apply, and the output is repeatable")
    func settings() {
        var config = SampleArticles.config
        config.book = BookOptions(title: "Two Stories", limit: 2)
        let short = DigestBuilder.html(SampleArticles.all.reversed(), config: config, stylesheet: "")
        #expect(short.contains("<title>Two Stories</title>"))
        #expect(short.contains("Tide tables for the week"))
        #expect(!short.contains("crab season"))
        #expect(short == DigestBuilder.html(SampleArticles.all, config: config, stylesheet: ""))
    }
}
