import ArticleModel

/// The articles newest first (undated ones last, by title), grouped by tag, year and month;
/// undated articles are in no year or month but in ``undated``; standalone pages are apart,
/// in ``pages``. Groups hold positions in
/// ``articles``, so each keeps that order.
struct SiteArchive: Sendable {
    /// A tag and its articles.
    struct TagGroup: Sendable {
        var tag: Tag
        var positions: [Int]
    }

    /// A month of a year and its articles.
    struct MonthGroup: Sendable {
        var year: Int
        var month: Int
        var positions: [Int]
    }

    /// A year, its articles, and its months newest first.
    struct YearGroup: Sendable {
        var year: Int
        var positions: [Int]
        var months: [MonthGroup]
    }

    /// Every article but the standalone pages: dated ones newest first, then undated ones by
    /// title (``Article/newestFirst(_:_:)``).
    let articles: [RenderedArticle]
    /// The standalone pages, by title (then key): in no list, tag, archive or feed.
    let pages: [RenderedArticle]
    /// Tags sorted by slug; a tag is shown with the name its newest article gives it.
    let tags: [TagGroup]
    /// Years newest first.
    let years: [YearGroup]
    /// Positions of the undated articles, by title; empty when every article has a date.
    let undated: [Int]

    init(_ unsorted: [RenderedArticle]) {
        articles = unsorted.filter { !$0.article.isPage }.sorted { Article.newestFirst($0.article, $1.article) }
        pages = unsorted.filter(\.article.isPage).sorted { Self.byTitle($0.article, $1.article) }
        tags = Self.groupByTag(articles)
        years = Self.groupByYear(articles)
        let sorted = articles
        undated = sorted.indices.filter { sorted[$0].article.isUndated }
    }

    /// Pages in the navigation's order: by title, then by key.
    static func byTitle(_ a: Article, _ b: Article) -> Bool {
        a.title != b.title ? a.title < b.title : a.key < b.key
    }

    /// Every month, newest first.
    var months: [MonthGroup] { years.flatMap(\.months) }

    private static func groupByTag(_ articles: [RenderedArticle]) -> [TagGroup] {
        var groups: [Slug: TagGroup] = [:]
        for (position, item) in articles.enumerated() {
            for tag in item.article.tags {
                groups[tag.slug, default: TagGroup(tag: tag, positions: [])].positions.append(position)
            }
        }
        return groups.values.sorted { $0.tag.slug < $1.tag.slug }
    }

    /// Groups by the year and month in each article's own offset (as `Article.key` does);
    /// instants and local dates can disagree in order around midnight, so no run-based grouping.
    /// Undated articles belong to no year.
    private static func groupByYear(_ articles: [RenderedArticle]) -> [YearGroup] {
        var byMonth: [Int: MonthGroup] = [:]
        for (position, item) in articles.enumerated() {
            guard let local = item.article.date?.local else { continue }
            let key = local.year * 100 + local.month
            byMonth[key, default: MonthGroup(year: local.year, month: local.month, positions: [])].positions.append(position)
        }
        var years: [YearGroup] = []
        for key in byMonth.keys.sorted(by: >) {
            let month = byMonth[key]!
            if years.last?.year != month.year {
                years.append(YearGroup(year: month.year, positions: [], months: []))
            }
            years[years.count - 1].months.append(month)
            years[years.count - 1].positions += month.positions
        }
        for index in years.indices { years[index].positions.sort() }
        return years
    }
}
