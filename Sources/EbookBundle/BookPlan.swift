import ArticleModel
import Foundation
import MarkupTree

/// What goes into the book and in which order, resolved once from the articles and the site's
/// settings; the EPUB and the digest are both written from it.
struct BookPlan: Sendable {
    /// The book's title.
    var title: String
    /// The book's author, or publisher.
    var author: String
    /// The book's stable identifier.
    var identifier: String
    /// The language code, such as `en`.
    var language: String
    /// One line about the book (the site's description), possibly empty.
    var description: String
    /// The months, newest first, each with its articles newest first.
    var groups: [MonthGroup]

    /// Sorts the articles newest first, applies the limit and the fallbacks, and rewrites
    /// every body for offline reading.
    init(_ articles: [RenderedArticle], config: SiteConfig) {
        let book = config.book
        title = BookPlan.firstNonEmpty(book.title, config.title, "Broadsheet")
        author = BookPlan.firstNonEmpty(book.author ?? "", config.author ?? "", title)
        identifier = BookPlan.firstNonEmpty(book.identifier, BookIdentifier.derived(title: title, baseURL: config.baseURL))
        language = LanguageTag.normalized(config.language) ?? "en"
        description = BookPlan.firstNonEmpty(config.description)
        var sorted = articles.sorted { Article.newestFirst($0.article, $1.article) }
        if book.limit > 0 { sorted = Array(sorted.prefix(book.limit)) }
        groups = BookPlan.group(sorted, baseURL: config.baseURL)
    }

    /// Every entry in reading order.
    var entries: [BookEntry] { groups.flatMap(\.entries) }

    /// The oldest and newest article dates, as text: `3 March 2024 – 28 June 2024`.
    var dateRange: String {
        let all = entries
        return DateText.range(oldest: all.last?.article.date, newest: all.first?.article.date)
    }

    /// Groups sorted articles by the month of their own local date, newest month first, and
    /// numbers the chapters in that reading order. Anchors are given out in order; the bodies,
    /// the costly part, are rewritten on all cores.
    private static func group(_ sorted: [RenderedArticle], baseURL: String) -> [MonthGroup] {
        var byMonth: [Int: [RenderedArticle]] = [:]
        for rendered in sorted {
            let local = rendered.article.date.local
            byMonth[local.year * 100 + local.month, default: []].append(rendered)
        }
        let months = byMonth.keys.sorted(by: >)
        let ordered = months.flatMap { byMonth[$0]! }
        var taken: Set<String> = []
        let anchors = ordered.map { anchor(for: $0.article, taken: &taken) }
        let entries = Parallel.map(Array(ordered.indices)) { index in
            entry(ordered[index], number: index + 1, anchor: anchors[index], baseURL: baseURL)
        }
        var next = 0
        return months.map { key in
            let count = byMonth[key]!.count
            defer { next += count }
            return MonthGroup(year: key / 100, month: key % 100, entries: Array(entries[next..<next + count]))
        }
    }

    /// `article-2024-slug`, numbered when already taken.
    private static func anchor(for article: Article, taken: inout Set<String>) -> String {
        let base = "article-\(article.year)-\(article.slug.value)"
        var anchor = base
        var suffix = 1
        while taken.contains(anchor) {
            suffix += 1
            anchor = base + "-\(suffix)"
        }
        taken.insert(anchor)
        return anchor
    }

    private static func entry(_ rendered: RenderedArticle, number: Int, anchor: String, baseURL: String) -> BookEntry {
        let article = rendered.article
        // Links in an imported body are relative to the page it came from; others to the site.
        let source = article.source.flatMap { WebAddress.absolute($0) }
        let rewriter = BodyRewriter(baseURL: source ?? baseURL, idPrefix: anchor + "--")
        let body = rewriter.rewrite(MarkupParser.html(rendered.html.html).children)
        let digits = String(number)
        let fileName = "chapter-" + String(repeating: "0", count: max(0, 3 - digits.count)) + digits + ".xhtml"
        return BookEntry(article: article, anchor: anchor, fileName: fileName, body: body,
                         readingMinutes: rendered.readingMinutes)
    }

    /// The first candidate with text once trimmed and without the characters XML does not allow.
    private static func firstNonEmpty(_ candidates: String...) -> String {
        for candidate in candidates {
            let trimmed = candidate.removingNonXMLCharacters.trimmingCharacters(in: .whitespacesAndNewlines)
            if !trimmed.isEmpty { return trimmed }
        }
        return ""
    }
}
