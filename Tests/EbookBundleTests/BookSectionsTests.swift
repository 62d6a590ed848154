import ArticleModel
import EbookBundle
import Foundation
import MarkupTree
import Testing

/// `book.sections` (month, tag, feed) × `book.order` (newest-first, oldest-first): the contents
/// of the EPUB and of the digest, and the links from each chapter to the ones before and after.
///
/// Five articles over two months, three tags (one article has none) and two feeds (one article
/// is written for the site): by first tag Harbour holds two, Sea and Transport one each.
@Suite("Book sections and order")
struct BookSectionsTests {
    static func make(_ title: String, _ month: Int, _ day: Int, tags: [String], feed: String?) -> RenderedArticle {
        let date = ArticleDate(year: 2024, month: month, day: day, hour: 8, minute: 0, offsetSeconds: 0)!
        let article = Article(title: title, slug: Slug(title), date: date, tags: tags.map(Tag.init), body: Markdown(""),
                              origin: "test", feed: feed)
        return RenderedArticle(article: article, html: HTMLFragment("<p>\(title).</p>"), wordCount: 50)
    }

    /// Newest first: harbour, ferry, gulls, quay, note.
    static let articles = [
        make("Gulls return", 6, 2, tags: ["Sea"], feed: "Coast News"),
        make("Editor's note", 5, 3, tags: [], feed: nil),
        make("Harbour reopens", 6, 20, tags: ["Harbour", "Sea"], feed: "Coast News"),
        make("Quay works begin", 5, 25, tags: ["Harbour"], feed: "Island Post"),
        make("Ferry fares rise", 6, 10, tags: ["Transport"], feed: "Island Post"),
    ]

    static func config(_ sections: BookSectioning, _ order: BookOrder) -> SiteConfig {
        var config = SiteConfig(title: "The Harbour Gazette", language: "en")
        config.book.sections = sections
        config.book.order = order
        return config
    }

    /// One combination: the contents as `label` lines with their articles indented, and the
    /// previous and next links of the first, middle and last chapters (`-` for none).
    struct Case: Sendable, CustomTestStringConvertible {
        var sections: BookSectioning
        var order: BookOrder
        var contents: [String]
        var first: String
        var middle: String
        var last: String
        var testDescription: String { "\(sections.rawValue), \(order.rawValue)" }
    }

    static let cases: [Case] = [
        Case(sections: .month, order: .newestFirst,
             contents: ["June 2024", "  Harbour reopens", "  Ferry fares rise", "  Gulls return",
                        "May 2024", "  Quay works begin", "  Editor's note"],
             first: "- | Next: Ferry fares rise → chapter-002.xhtml",
             middle: "← Previous: Ferry fares rise chapter-002.xhtml | Next: Quay works begin → chapter-004.xhtml",
             last: "← Previous: Quay works begin chapter-004.xhtml | -"),
        Case(sections: .month, order: .oldestFirst,
             contents: ["May 2024", "  Editor's note", "  Quay works begin",
                        "June 2024", "  Gulls return", "  Ferry fares rise", "  Harbour reopens"],
             first: "- | Next: Quay works begin → chapter-002.xhtml",
             middle: "← Previous: Quay works begin chapter-002.xhtml | Next: Ferry fares rise → chapter-004.xhtml",
             last: "← Previous: Ferry fares rise chapter-004.xhtml | -"),
        Case(sections: .tag, order: .newestFirst,
             contents: ["Harbour", "  Harbour reopens", "  Quay works begin", "Sea", "  Gulls return",
                        "Transport", "  Ferry fares rise", "Untagged", "  Editor's note"],
             first: "- | Next: Quay works begin → chapter-002.xhtml",
             middle: "← Previous: Quay works begin chapter-002.xhtml | Next: Ferry fares rise → chapter-004.xhtml",
             last: "← Previous: Ferry fares rise chapter-004.xhtml | -"),
        Case(sections: .tag, order: .oldestFirst,
             contents: ["Harbour", "  Quay works begin", "  Harbour reopens", "Sea", "  Gulls return",
                        "Transport", "  Ferry fares rise", "Untagged", "  Editor's note"],
             first: "- | Next: Harbour reopens → chapter-002.xhtml",
             middle: "← Previous: Harbour reopens chapter-002.xhtml | Next: Ferry fares rise → chapter-004.xhtml",
             last: "← Previous: Ferry fares rise chapter-004.xhtml | -"),
        Case(sections: .feed, order: .newestFirst,
             contents: ["Coast News", "  Harbour reopens", "  Gulls return", "Island Post", "  Ferry fares rise",
                        "  Quay works begin", "The Harbour Gazette", "  Editor's note"],
             first: "- | Next: Gulls return → chapter-002.xhtml",
             middle: "← Previous: Gulls return chapter-002.xhtml | Next: Quay works begin → chapter-004.xhtml",
             last: "← Previous: Quay works begin chapter-004.xhtml | -"),
        Case(sections: .feed, order: .oldestFirst,
             contents: ["Coast News", "  Gulls return", "  Harbour reopens", "Island Post", "  Quay works begin",
                        "  Ferry fares rise", "The Harbour Gazette", "  Editor's note"],
             first: "- | Next: Harbour reopens → chapter-002.xhtml",
             middle: "← Previous: Harbour reopens chapter-002.xhtml | Next: Ferry fares rise → chapter-004.xhtml",
             last: "← Previous: Ferry fares rise chapter-004.xhtml | -"),
    ]

    /// `label` for each section of a nested list, its articles indented under it.
    static func outline(_ list: MarkupElement?) -> [String] {
        (list?.children("li") ?? []).flatMap { item -> [String] in
            [item.child("a")?.textContent ?? "?"] + outline(item.child("ol")).map { "  " + $0 }
        }
    }

    /// `TEXT HREF` of the `rel=prev` link, then of the `rel=next` one, `-` for a missing one.
    static func neighbours(_ page: String) -> String {
        let links = all("a", in: MarkupParser.htmlDocument(page))
        let describe = { (rel: String) in
            links.first { $0.attribute("rel") == rel }.map { "\($0.textContent) \($0.attribute("href") ?? "?")" } ?? "-"
        }
        return describe("prev") + " | " + describe("next")
    }

    static func book(_ sections: BookSectioning, _ order: BookOrder) throws -> EPUBContents {
        try EPUBContents(EPUBBuilder.epub(articles, config: config(sections, order), stylesheet: "", modified: SampleArticles.modified))
    }

    @Test("the EPUB's contents and each chapter's previous and next links", arguments: cases)
    func epub(_ expected: Case) throws {
        let book = try Self.book(expected.sections, expected.order)
        let root = try #require(MarkupParser.xml(book.files["OEBPS/nav.xhtml"] ?? Data()).root)
        let toc = root.child("body")?.children("nav").first?.child("ol")
        #expect(Array(Self.outline(toc).dropFirst()) == expected.contents)  // after the title page
        #expect(Self.neighbours(book.text("OEBPS/chapter-001.xhtml")) == expected.first)
        #expect(Self.neighbours(book.text("OEBPS/chapter-003.xhtml")) == expected.middle)
        #expect(Self.neighbours(book.text("OEBPS/chapter-005.xhtml")) == expected.last)
    }

    @Test("the digest's contents and each article's previous and next fragments", arguments: cases)
    func digest(_ expected: Case) throws {
        let page = DigestBuilder.html(Self.articles, config: Self.config(expected.sections, expected.order), stylesheet: "")
        let document = MarkupParser.htmlDocument(page)
        let contents = Self.all("nav", in: document).first { $0.attribute("id") == "contents" }
        #expect(Self.outline(contents?.child("ol")) == expected.contents)
        let articles = Self.all("article", in: document)
        #expect(articles.count == 5)
        // The same links as the book's, to the articles' anchors in this page.
        let chapters = Self.chapterAnchors(articles)
        let fragments = { (line: String) in
            chapters.reduce(line) { $0.replacingOccurrences(of: $1.key, with: "#" + $1.value) }
        }
        #expect(Self.neighbours(MarkupSerializer.html([.element(articles[0])])) == fragments(expected.first))
        #expect(Self.neighbours(MarkupSerializer.html([.element(articles[2])])) == fragments(expected.middle))
        #expect(Self.neighbours(MarkupSerializer.html([.element(articles[4])])) == fragments(expected.last))
    }

    /// Every element called `name` inside `element`, in document order.
    static func all(_ name: String, in element: MarkupElement) -> [MarkupElement] {
        element.childElements.flatMap { ($0.name == name ? [$0] : []) + all(name, in: $0) }
    }

    /// `chapter-00N.xhtml` → the id of the N-th article of the digest.
    static func chapterAnchors(_ articles: [MarkupElement]) -> [String: String] {
        var out: [String: String] = [:]
        for (index, article) in articles.enumerated() {
            out["chapter-00\(index + 1).xhtml"] = article.attribute("id") ?? "?"
        }
        return out
    }

    @Test("tag and feed sections get numbered ASCII pages and unique anchors; the spine follows the contents")
    func pagesAndAnchors() throws {
        let book = try Self.book(.feed, .newestFirst)
        #expect(book.spine() == ["cover", "title-page", "nav", "section-001", "chapter-001", "chapter-002",
                                 "section-002", "chapter-003", "chapter-004", "section-003", "chapter-005"])
        let page = DigestBuilder.html(Self.articles, config: Self.config(.tag, .oldestFirst), stylesheet: "")
        let sections = Self.all("section", in: MarkupParser.htmlDocument(page)).compactMap { $0.attribute("id") }
        #expect(sections == ["tag-harbour", "tag-sea", "tag-transport", "untagged"])
        let feeds = DigestBuilder.html(Self.articles, config: Self.config(.feed, .oldestFirst), stylesheet: "")
        #expect(Self.all("section", in: MarkupParser.htmlDocument(feeds)).compactMap { $0.attribute("id") }
                    == ["feed-coast-news", "feed-island-post", "own-articles"])
    }

    @Test("a chapter's links, literally, and none at all in a book of one article")
    func literalNavigation() throws {
        let book = try Self.book(.month, .newestFirst)
        #expect(book.text("OEBPS/chapter-003.xhtml").contains("""
            <nav class="article-nav" aria-label="Before and after: Gulls return">
            <p class="article-nav-previous"><a rel="prev" href="chapter-002.xhtml"><span aria-hidden="true">← </span>Previous: Ferry fares rise</a></p>
            <p class="article-nav-next"><a rel="next" href="chapter-004.xhtml">Next: Quay works begin<span aria-hidden="true"> →</span></a></p>
            </nav>
            </article>
            """))
        let one = try EPUBContents(EPUBBuilder.epub([Self.articles[0]], config: Self.config(.tag, .oldestFirst), stylesheet: "",
                                                    modified: SampleArticles.modified))
        #expect(!one.text("OEBPS/chapter-001.xhtml").contains("article-nav"))
    }

    @Test("in a right-to-left book the arrows point the other way, the words in the book's language")
    func rightToLeft() throws {
        var words = BookLanguageTests.arabic.entries
        words["previous_article"] = .text("السابق: {title}")
        words["next_article"] = .text("التالي: {title}")
        let strings = UIStrings(language: "ar", entries: words)
        let plan = BookPlan(BookLanguageTests.articles, config: BookLanguageTests.config, strings: strings)
        let (epub, digest) = try BookBundle.make(plan, config: BookLanguageTests.config, media: .none, epubStylesheet: "",
                                                 digestStylesheet: "", modified: SampleArticles.modified)
        let book = try EPUBContents(epub)
        #expect(book.text("OEBPS/chapter-001.xhtml").contains(
            "<a rel=\"next\" href=\"chapter-002.xhtml\">التالي: Harbour news<span aria-hidden=\"true\"> ←</span></a>"))
        #expect(book.text("OEBPS/chapter-002.xhtml").contains(
            "<a rel=\"prev\" href=\"chapter-001.xhtml\"><span aria-hidden=\"true\">→ </span>السابق: الميناء</a>"))
        #expect(digest.contains("<a rel=\"next\" href=\"#article-2024-harbour-news\">التالي: Harbour news"))
    }

    @Test("the cover's date range and the newest date do not depend on the order")
    func datesWhateverTheOrder() throws {
        let page = DigestBuilder.html(Self.articles, config: Self.config(.month, .oldestFirst), stylesheet: "")
        #expect(page.contains("<p class=\"digest-dates\">3 May 2024 – 20 June 2024</p>"))
    }
}
