import ArticleModel

extension PageRenderer {
    /// The `front` key of the index's first page, for the stories at `stories` (links relative
    /// to `root`): `lead` and each of `recent` an *entry*, `sections` the top tags with their
    /// newest headlines (see Layouts/README.md); absent when the page has no story.
    func frontPage(_ stories: ArraySlice<Int>, root: String) -> Any {
        let hasPicture = { (position: Int) in Self.storedLeadImage(archive.articles[position]) != nil }
        guard let front = FrontPage(archive, stories: Array(stories), hasPicture: hasPicture) else { return Absent.value }
        let sections = front.sections.map { section($0, root: root) }
        return [
            "lead": entry(front.lead, root: root),
            "recent": front.recent.map { entry($0, root: root) },
            "hasRecent": !front.recent.isEmpty,
            "sections": sections,
            "hasSections": !sections.isEmpty,
        ] as [String: Any]
    }

    /// A section's `{name, slug, url, count, countText, headlines}`; each headline is an
    /// *entry*, as the lists have (the theme shows its title, link and date).
    private func section(_ section: FrontSection, root: String) -> [String: Any] {
        [
            "name": section.tag.name,
            "slug": section.tag.slug.value,
            "url": root + SitePaths.tagFolder(section.tag.slug) + "index.html",
            "count": section.count,
            "countText": strings.text("article_count", count: section.count),
            "headlines": section.headlines.map { entry($0, root: root) },
        ]
    }
}
