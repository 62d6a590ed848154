import ArticleModel

/// What the first page of the index shows as a news front page: a lead story, the recent
/// stories after it, and sections for the site's most used tags.
///
/// The lead and the recent stories are the articles of the index's first page (the first
/// `page_size`), so page 2 goes on where the front page stops and no article is on two pages.
/// The lead is the newest of them with a stored lead image (a picture to show large), else the
/// newest; the others follow in order.
///
/// ```swift
/// FrontPage(archive, stories: [0, 1, 2, 3, 4], hasPicture: { PageRenderer.storedLeadImage(archive.articles[$0]) != nil })
/// // lead 1 (the newest with a picture), recent [0, 2, 3, 4], sections: the top 8 tags
/// ```
struct FrontPage: Sendable, Equatable {
    /// How many tags get a section, at most.
    static let sectionLimit = 8
    /// How many headlines a section lists, at most.
    static let headlineLimit = 3

    /// The position of the lead story in ``SiteArchive/articles``.
    let lead: Int
    /// The positions of the other stories of the page, newest first.
    let recent: [Int]
    /// The sections, the tag with most articles first (ties by slug).
    let sections: [FrontSection]

    /// The front page of `archive` whose stories are at `stories` (newest first); nil when
    /// there are none. `hasPicture` says whether the article at a position has a picture to lead with.
    init?(_ archive: SiteArchive, stories: [Int], hasPicture: (Int) -> Bool) {
        guard let lead = stories.first(where: hasPicture) ?? stories.first else { return nil }
        self.lead = lead
        recent = stories.filter { $0 != lead }
        sections = Self.sections(of: archive)
    }

    /// The tags with most articles, up to ``sectionLimit``, each with its newest headlines.
    static func sections(of archive: SiteArchive) -> [FrontSection] {
        let ranked = archive.tags.enumerated().sorted { a, b in
            a.element.positions.count != b.element.positions.count
                ? a.element.positions.count > b.element.positions.count : a.offset < b.offset
        }
        return ranked.prefix(sectionLimit).map { _, group in
            FrontSection(tag: group.tag, count: group.positions.count, headlines: Array(group.positions.prefix(headlineLimit)))
        }
    }
}
