import Foundation
import ArticleModel
import MarkupTree

/// Reads a page's ``PageMetadata``, each field from the most reliable source that has it:
///
/// | field | sources, first found wins |
/// |---|---|
/// | title | JSON-LD `headline` (unless cut short with "…"), `og:title`, `twitter:title`, `<title>`, the first `h1` (then ``TitleCleaner``) |
/// | authors | JSON-LD `author`, `article:author` (names, not addresses), `<meta name=author>`, `dc.creator`, `parsely-author`, `byl` (a leading "By" dropped) |
/// | published | JSON-LD `datePublished`, `article:published_time`, `itemprop=datePublished`, `<meta name=date>`, Dublin Core and Parse.ly dates, the article's first `<time datetime>`, else the page's |
/// | updated | JSON-LD `dateModified`, `article:modified_time`, `og:updated_time` |
/// | description | JSON-LD `description`, `og:description`, `<meta name=description>`, `twitter:description` |
/// | canonical link | `<link rel=canonical>` (made absolute against `og:url`), `og:url`, JSON-LD `url` |
/// | image | `og:image`, JSON-LD `image`, `twitter:image` |
/// | tags | JSON-LD `keywords` and `articleSection`, else `article:tag` and `article:section`, else `<meta name=keywords>` |
/// | language | `<html lang>`, `og:locale`, JSON-LD `inLanguage` |
/// | site name | `og:site_name`, the JSON-LD publisher, `application-name` |
struct MetadataReader {
    /// The file named in diagnostics.
    let file: String
    /// Dates that could not be read, as warnings.
    private(set) var diagnostics: [Diagnostic] = []

    /// Creates a reader for `file`.
    init(file: String) { self.file = file }

    /// The metadata of `document` (the whole `html` element), with `content` the article found in it.
    mutating func read(_ document: MarkupElement, content: MarkupElement) -> PageMetadata {
        let tags = PageTags(document)
        let data = LinkedData.article(in: tags.linkedData)
        var meta = PageMetadata()
        meta.siteName = tags.first("og:site_name") ?? data?.publisher ?? tags.first("application-name")
        if let raw = headline(data?.headline, tags) ?? tags.first("og:title", "twitter:title") ?? tags.title ?? tags.firstHeading, !raw.isEmpty {
            meta.title = TitleCleaner.clean(raw, siteName: meta.siteName, headings: tags.headings)
        }
        let named = data?.authors.nonEmpty ?? tags.all("article:author").filter { !$0.contains("://") }.nonEmpty
            ?? tags.all("author").nonEmpty ?? tags.all("dc.creator").nonEmpty ?? tags.all("parsely-author").nonEmpty ?? tags.all("byl")
        meta.authors = unique(named.map(Self.withoutBy))
        let firstTime = content.paths { $0.name == "time" && $0.attribute("datetime") != nil }.first
            .flatMap(content.element(at:))?.attribute("datetime") ?? tags.firstTime
        meta.published = date(data?.datePublished ?? tags.first("article:published_time", "datepublished", "date", "pubdate",
                                                                "dc.date", "dc.date.issued", "dcterms.created", "parsely-pub-date", "publish-date")
                              ?? firstTime, "published")
        meta.updated = date(data?.dateModified ?? tags.first("article:modified_time", "og:updated_time", "datemodified"), "updated")
        meta.description = data?.description ?? tags.first("og:description", "description", "twitter:description")
        meta.canonicalLink = Self.absolute(tags.canonical, against: tags.first("og:url")) ?? tags.first("og:url") ?? data?.url
        meta.image = tags.first("og:image", "og:image:url", "og:image:secure_url") ?? data?.image ?? tags.first("twitter:image")
        let fromData = (data?.keywords ?? []) + (data?.sections ?? [])
        let fromMeta = tags.all("article:tag") + tags.all("article:section")
        let keywords = tags.all("keywords").flatMap { $0.split(separator: ",").map(String.init) }
        meta.tags = unique(fromData.nonEmpty ?? fromMeta.nonEmpty ?? keywords)
        meta.language = (tags.language ?? tags.first("og:locale")?.replacingOccurrences(of: "_", with: "-") ?? data?.language)
            .flatMap { LanguageTag.normalized($0) }
        return meta
    }

    /// The JSON-LD headline, unless it was cut short ("…") and `og:title` holds it whole.
    private func headline(_ headline: String?, _ tags: PageTags) -> String? {
        guard let headline else { return nil }
        for ellipsis in ["…", "..."] where headline.hasSuffix(ellipsis) {
            let stem = String(headline.dropLast(ellipsis.count)).trimmingCharacters(in: .whitespaces)
            if let whole = tags.first("og:title", "twitter:title"), whole.hasPrefix(stem) { return whole }
        }
        return headline
    }

    /// A name without a leading "By", "Par", "Von" or "Por": "By Jane Doe" → "Jane Doe".
    static func withoutBy(_ name: String) -> String {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        for word in ["by ", "par ", "von ", "por ", "di "] where trimmed.lowercased().hasPrefix(word) && trimmed.count > word.count {
            return String(trimmed.dropFirst(word.count)).trimmingCharacters(in: .whitespaces)
        }
        return trimmed
    }

    /// `link` made absolute against `base` when it is relative (`/2024/story` and
    /// `https://example.org/x` give `https://example.org/2024/story`).
    static func absolute(_ link: String?, against base: String?) -> String? {
        guard let link, !link.isEmpty else { return nil }
        guard !link.contains("://"), let base, let baseURL = URL(string: base), baseURL.scheme != nil,
              let resolved = URL(string: link, relativeTo: baseURL)?.absoluteString else { return link }
        return resolved
    }

    /// `text` read as an ISO 8601 date (strict, else lenient); a warning when it cannot be.
    private mutating func date(_ text: String?, _ what: String) -> ArticleDate? {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        if let date = ArticleDate(iso8601: text) { return date }
        var scanner = ISO8601Scanner(text, lenient: true)
        if let date = scanner.scan() { return date }
        diagnostics.append(Diagnostic(.warning, file: file, "the \(what) date \"\(text.prefix(60))\" is not an ISO 8601 date; left out",
                                      hint: "give the page a date such as 2024-06-28T12:22:37+02:00"))
        return nil
    }

    /// `values` trimmed, with the empty ones and repeats (compared without case) left out.
    private func unique(_ values: [String]) -> [String] {
        var seen: Set<String> = []
        return values.map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
            .filter { !$0.isEmpty && seen.insert($0.lowercased()).inserted }
    }
}

extension Array {
    /// The array, or nil when it is empty: `a.nonEmpty ?? b`.
    var nonEmpty: [Element]? { isEmpty ? nil : self }
}
