import ArticleModel

extension BookPlan {
    /// One section before its bodies are rewritten: what it holds and its articles in reading order.
    typealias Part = (kind: BookSection.Kind, articles: [RenderedArticle])

    /// The articles, sorted newest first, divided as `book.sections` says, in the order
    /// `book.order` says: months newest or oldest first, then the undated articles; tags by how
    /// many articles they hold, most first, then by name, then the untagged articles; feeds by
    /// title, then the site's own articles. Within every section the chapters run newest or
    /// oldest first, the undated ones after the dated ones, by title.
    static func parts(_ sorted: [RenderedArticle], book: BookOptions) -> [Part] {
        let chapters = readingOrder(sorted, book.order)
        switch book.sections {
        case .month: return months(chapters, order: book.order)
        case .tag: return tags(chapters, names: sorted)
        case .feed: return feeds(chapters)
        }
    }

    /// `sorted` (newest first) as `order` reads it: reversed for oldest first, the undated
    /// articles staying last, by title.
    static func readingOrder(_ sorted: [RenderedArticle], _ order: BookOrder) -> [RenderedArticle] {
        guard order == .oldestFirst else { return sorted }
        return sorted.filter { !$0.article.isUndated }.reversed() + sorted.filter(\.article.isUndated)
    }

    /// A section per month of the articles' own local dates, then one of the undated articles.
    private static func months(_ chapters: [RenderedArticle], order: BookOrder) -> [Part] {
        var byMonth: [Int: [RenderedArticle]] = [:]
        for rendered in chapters {
            guard let local = rendered.article.date?.local else { continue }
            byMonth[local.year * 100 + local.month, default: []].append(rendered)
        }
        let keys = order == .newestFirst ? byMonth.keys.sorted(by: >) : byMonth.keys.sorted(by: <)
        var parts: [Part] = keys.map { (.month(year: $0 / 100, month: $0 % 100), byMonth[$0]!) }
        let undated = chapters.filter(\.article.isUndated)
        if !undated.isEmpty { parts.append((.undated, undated)) }
        return parts
    }

    /// A section per first tag, then one of the untagged articles. A tag is named as the newest
    /// article of `names` writes it, whatever the order.
    private static func tags(_ chapters: [RenderedArticle], names: [RenderedArticle]) -> [Part] {
        var named: [Slug: Tag] = [:]
        for rendered in names {
            if let tag = rendered.article.tags.first, named[tag.slug] == nil { named[tag.slug] = tag }
        }
        var byTag: [Slug: [RenderedArticle]] = [:]
        var untagged: [RenderedArticle] = []
        for rendered in chapters {
            if let tag = rendered.article.tags.first { byTag[tag.slug, default: []].append(rendered) } else { untagged.append(rendered) }
        }
        let slugs = byTag.keys.sorted { a, b in
            let (countA, countB) = (byTag[a]!.count, byTag[b]!.count)
            if countA != countB { return countA > countB }
            let (nameA, nameB) = (named[a]!.name, named[b]!.name)
            return nameA != nameB ? namePrecedes(nameA, nameB) : a < b
        }
        var parts: [Part] = slugs.map { (.tag(named[$0]!), byTag[$0]!) }
        if !untagged.isEmpty { parts.append((.untagged, untagged)) }
        return parts
    }

    /// A section per feed title, then one of the articles written for the site.
    private static func feeds(_ chapters: [RenderedArticle]) -> [Part] {
        var byFeed: [String: [RenderedArticle]] = [:]
        var own: [RenderedArticle] = []
        for rendered in chapters {
            if let feed = feedTitle(rendered.article) { byFeed[feed, default: []].append(rendered) } else { own.append(rendered) }
        }
        var parts: [Part] = byFeed.keys.sorted(by: namePrecedes).map { (.feed($0), byFeed[$0]!) }
        if !own.isEmpty { parts.append((.ownArticles, own)) }
        return parts
    }

    /// The title of the article's feed as the book shows it; nil for an article written for the site.
    private static func feedTitle(_ article: Article) -> String? {
        guard let title = article.feed?.removingNonXMLCharacters.trimmingWhitespaceAndNewlines, !title.isEmpty else { return nil }
        return title
    }

    /// Names compared ignoring case, then as written, so the order never depends on input order.
    private static func namePrecedes(_ a: String, _ b: String) -> Bool {
        let (lowerA, lowerB) = (a.lowercased(), b.lowercased())
        return lowerA != lowerB ? lowerA < lowerB : a < b
    }

    /// Each section's digest anchor and EPUB page, in reading order (see ``BookSection``).
    static func places(_ kinds: [BookSection.Kind]) -> [(anchor: String, fileName: String)] {
        var taken: Set<String> = []
        return kinds.enumerated().map { index, kind in
            let base: String
            switch kind {
            case let .month(year, month):
                let anchor = "month-\(year)-" + String(zeroPadding: month, width: 2)
                return (anchor, anchor + ".xhtml")
            case .undated: return ("undated", "undated.xhtml")
            case .tag(let tag): base = "tag-" + tag.slug.value
            case .untagged: base = "untagged"
            case .feed(let title): base = "feed-" + Slug(title, fallback: "feed").value
            case .ownArticles: base = "own-articles"
            }
            var anchor = base
            var suffix = 1
            while !taken.insert(anchor).inserted {
                suffix += 1
                anchor = base + "-\(suffix)"
            }
            return (anchor, "section-" + String(zeroPadding: index + 1, width: 3) + ".xhtml")
        }
    }

    /// `June 2024` (`Juni 2024`), `Undated` (`Ohne Datum`), a tag's name, `Untagged`, a feed's
    /// title, or for the site's own articles its title (`Articles` when it has none).
    static func label(_ kind: BookSection.Kind, siteTitle: String, strings: UIStrings) -> String {
        switch kind {
        case let .month(year, month): return strings.formats.month(year: year, month: month)
        case .undated: return strings.text("undated")
        case .tag(let tag): return tag.name.removingNonXMLCharacters
        case .untagged: return strings.text("untagged")
        case .feed(let title): return title
        case .ownArticles:
            let title = siteTitle.removingNonXMLCharacters.trimmingWhitespaceAndNewlines
            return title.isEmpty ? strings.text("own_articles") : title
        }
    }
}
