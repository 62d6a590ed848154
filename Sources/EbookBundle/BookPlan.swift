import ArticleModel
import Foundation
import MarkupTree

/// What goes into the book and in which order, resolved once from the articles and the site's
/// settings; the EPUB and the digest are both written from it. The pipeline reads from it
/// which stored pictures the book shows (``pictureUses``) and what its cover says
/// (``title``, ``dateRange``, ``coverPicture``), prepares those, then writes both outputs.
///
/// ```swift
/// let plan = BookPlan(articles, config: config)
/// let media = prepare(plan.pictureUses, cover: plan.coverPicture)  // the pipeline's part
/// let (epub, digest) = try BookBundle.make(plan, config: config, media: media, …)
/// ```
public struct BookPlan: Sendable {
    /// The book's title.
    public internal(set) var title: String
    /// The book's author, or publisher.
    var author: String
    /// The book's stable identifier.
    var identifier: String
    /// The language code, such as `en`.
    var language: String
    /// The words of the book's pages in its language, with its dates and numbers.
    var strings: UIStrings
    /// One line about the book (the site's description), possibly empty.
    var description: String
    /// The sections in reading order (``BookPlan/parts(_:book:)``): by default the months,
    /// newest first, each with its articles newest first; then, when any article has no date,
    /// the undated section with those articles by title.
    var groups: [BookSection]

    /// Sorts the articles newest first (undated ones last), leaves standalone pages out,
    /// applies the limit and the fallbacks, and rewrites every body for offline reading.
    /// `strings` are the words of the site's language (nil: English words, with the dates and
    /// numbers of `config.language`).
    public init(_ articles: [RenderedArticle], config: SiteConfig, strings: UIStrings? = nil) {
        let book = config.book
        title = BookPlan.firstNonEmpty(book.title, config.title, "Broadsheet")
        author = BookPlan.firstNonEmpty(book.author ?? "", config.author ?? "", title)
        identifier = BookPlan.firstNonEmpty(book.identifier, BookIdentifier.derived(title: title, baseURL: config.baseURL))
        language = LanguageTag.normalized(config.language) ?? "en"
        let words = strings ?? UIStrings(language: language, entries: [:])
        self.strings = words
        description = BookPlan.firstNonEmpty(config.description)
        // Standalone pages (About, Contact) belong to the website, not to the book.
        var sorted = articles.filter { !$0.article.isPage }.sorted { Article.newestFirst($0.article, $1.article) }
        if book.limit > 0 { sorted = Array(sorted.prefix(book.limit)) }
        groups = BookPlan.group(sorted, config: config, strings: words)
    }

    /// Every entry in reading order.
    var entries: [BookEntry] { groups.flatMap(\.entries) }

    /// Every entry newest first, undated ones last, whatever the reading order.
    private var newestFirst: [BookEntry] { entries.sorted { Article.newestFirst($0.article, $1.article) } }

    /// The newest article date, nil when no article in the book has one.
    var newestDate: ArticleDate? { newestFirst.lazy.compactMap(\.article.date).first }

    /// The stored pictures the book's bodies show, in reading order, once per place shown
    /// (a picture shown twice is listed twice).
    public var pictureUses: [MediaFile] {
        entries.flatMap { entry in entry.pictureUses.compactMap { entry.pictures[$0] } }
    }

    /// The picture for the cover: the lead image of the newest article whose lead image is in
    /// the media store; nil when none is.
    public var coverPicture: MediaFile? { newestFirst.lazy.compactMap(\.leadPicture).first }

    /// The oldest and newest article dates, as text: `3 March 2024 – 28 June 2024` (one day
    /// when both are the same day); empty when no article has a date.
    public var dateRange: String {
        let dates = newestFirst.compactMap(\.article.date)
        guard let oldest = dates.last, let newest = dates.first else { return "" }
        let (from, to) = (strings.formats.day(oldest), strings.formats.day(newest))
        return from == to ? to : strings.text("date_range", ["from": from, "to": to])
    }

    /// Which way the book's language is written.
    var direction: TextDirection { strings.direction }

    /// Divides the sorted articles into sections (``parts(_:book:)``) and numbers the chapters
    /// in that reading order. Anchors are given out in order; the bodies, the costly part, are
    /// rewritten on all cores.
    private static func group(_ sorted: [RenderedArticle], config: SiteConfig, strings: UIStrings) -> [BookSection] {
        let sections = parts(sorted, book: config.book)
        let ordered = sections.flatMap(\.articles)
        var taken: Set<String> = []
        let anchors = ordered.map { anchor(for: $0.article, taken: &taken) }
        let entries = Parallel.map(Array(ordered.indices)) { index in
            entry(ordered[index], number: index + 1, anchor: anchors[index], baseURL: config.baseURL, strings: strings)
        }
        let pages = places(sections.map(\.kind))
        var next = 0
        return sections.indices.map { index in
            let (kind, count) = (sections[index].kind, sections[index].articles.count)
            defer { next += count }
            return BookSection(kind: kind, entries: Array(entries[next..<next + count]),
                               label: label(kind, siteTitle: config.title, strings: strings),
                               anchor: pages[index].anchor, fileName: pages[index].fileName)
        }
    }

    /// `article-2024-slug` (`article-undated-slug`), numbered when already taken.
    private static func anchor(for article: Article, taken: inout Set<String>) -> String {
        let base = "article-\(Article.folder(for: article.date))-\(article.slug.value)"
        var anchor = base
        var suffix = 1
        while taken.contains(anchor) {
            suffix += 1
            anchor = base + "-\(suffix)"
        }
        taken.insert(anchor)
        return anchor
    }

    private static func entry(_ rendered: RenderedArticle, number: Int, anchor: String, baseURL: String,
                              strings: UIStrings) -> BookEntry {
        let article = rendered.article
        // Links in an imported body are relative to the page it came from; others to the site.
        let source = article.source.flatMap { WebAddress.absolute($0) }
        let rewriter = BodyRewriter(baseURL: source ?? baseURL, idPrefix: anchor + "--", images: rendered.images, strings: strings)
        let lead = article.image.flatMap { rendered.images[$0] }
        let body = BookEntry.body(rendered.html.html, rewriter: rewriter, lead: lead, title: article.title)
        let digits = String(number)
        let fileName = "chapter-" + String(repeating: "0", count: max(0, 3 - digits.count)) + digits + ".xhtml"
        // Two addresses may name one stored file: the first address in order gives its link.
        var pictures: [String: MediaFile] = [:]
        for (_, file) in rendered.images.sorted(by: { $0.key < $1.key }) where pictures[file.file] == nil {
            pictures[file.file] = file
        }
        let title = article.title.removingNonXMLCharacters.trimmingWhitespaceAndNewlines
        return BookEntry(article: article, headline: title.isEmpty ? strings.text("untitled") : title, anchor: anchor, fileName: fileName,
                         html: rendered.html.html, rewriter: rewriter,
                         readingMinutes: rendered.readingMinutes, pictures: pictures,
                         pictureUses: PictureMarkup.storeNames(in: body),
                         leadPicture: lead)
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
