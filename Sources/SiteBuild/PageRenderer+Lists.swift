import ArticleModel

extension PageRenderer {
    /// The index: `index.html`, the front page, then `page/N/index.html`, plain lists.
    func indexList() -> ListSpec {
        var spec = ListSpec(template: "index", folder: "", title: strings.text("latest_articles"), positions: Array(archive.articles.indices)) { _ in [:] }
        spec.hasFrontPage = true
        return spec
    }

    /// One paginated list per tag: `tags/SLUG/index.html`, then `tags/SLUG/page/N/index.html`.
    func tagLists() -> [ListSpec] {
        archive.tags.map { group in
            let head = PageHead(description: strings.text("tag_description", ["tag": group.tag.name, "site": config.title]),
                                parents: [(strings.text("tags_title"), SitePaths.tagIndex)], feeds: tagFeedLink(group))
            return ListSpec(template: "tag", folder: SitePaths.tagFolder(group.tag.slug), title: strings.text("tagged", ["tag": group.tag.name]),
                            positions: group.positions, head: head) { _ in
                ["tag": ["name": group.tag.name, "slug": group.tag.slug.value, "count": group.positions.count,
                         "isSingle": group.positions.count == 1,
                         "countText": strings.text("article_count", count: group.positions.count)]]
            }
        }
    }

    /// `tags/index.html`: every tag with its article count, sorted by slug.
    func tagIndexPage() throws -> OutputFile {
        let root = SitePaths.root(from: SitePaths.tagIndex)
        let tags = archive.tags.map { group -> [String: Any] in
            ["name": group.tag.name, "slug": group.tag.slug.value, "count": group.positions.count,
             "countText": formats.number(group.positions.count), "url": root + SitePaths.tagFolder(group.tag.slug) + "index.html"]
        }
        return try page("tags", at: SitePaths.tagIndex, title: strings.text("tags_title"),
                        ["tags": tags, "hasTags": !tags.isEmpty, "tagCount": tags.count])
    }

    /// `404.html`, at the top. A server shows it for a missing address at any depth, so with a
    /// base URL its links are absolute (``linkRoot(for:)``) and it carries the stylesheet inside
    /// itself; without one, its links are relative and work only at the top.
    func notFoundPage() throws -> OutputFile {
        try page("404", at: SitePaths.notFound, title: strings.text("not_found_title"), head: PageHead(parents: nil), [:])
    }

    /// Every page of every list in `specs`, rendered on all cores: `entries` and
    /// `pagination` on each, plus the list's own keys.
    func listPages(_ specs: [ListSpec]) throws -> [OutputFile] {
        let jobs = specs.flatMap { spec in
            Pagination.pages(count: spec.positions.count, size: config.pageSize).map { (spec, $0) }
        }
        return try Parallel.map(jobs.count) { try listPage(jobs[$0].0, jobs[$0].1) }
    }

    private func listPage(_ spec: ListSpec, _ pagination: Pagination) throws -> OutputFile {
        let path = SitePaths.listPage(in: spec.folder, number: pagination.number)
        let root = SitePaths.root(from: path)
        var view = spec.keys(root)
        view["entries"] = spec.positions[pagination.range].map { entry($0, root: root) }
        view["hasEntries"] = !pagination.range.isEmpty
        view["pagination"] = pagination.view(folder: spec.folder, root: root, strings: strings)
        if spec.hasFrontPage, pagination.number == 1 {
            view["front"] = frontPage(spec.positions[pagination.range], root: root)
        }
        return try page(spec.template, at: path, title: numbered(spec.title, pagination), head: spec.head, view)
    }
}
