import ArticleModel

extension PageRenderer {
    /// The index: `index.html`, then `page/N/index.html`.
    func indexPages() throws -> [OutputFile] {
        try listPages("index", folder: "", title: config.title, positions: Array(archive.articles.indices)) { _ in [:] }
    }

    /// One paginated list per tag: `tags/SLUG/index.html`, then `tags/SLUG/page/N/index.html`.
    func tagPages() throws -> [OutputFile] {
        try archive.tags.flatMap { group in
            try listPages("tag", folder: SitePaths.tagFolder(group.tag.slug), title: "Tagged “\(group.tag.name)”",
                          positions: group.positions) { _ in
                ["tag": ["name": group.tag.name, "slug": group.tag.slug.value, "count": group.positions.count,
                         "isSingle": group.positions.count == 1]]
            }
        }
    }

    /// `tags/index.html`: every tag with its article count, sorted by slug.
    func tagIndexPage() throws -> OutputFile {
        let root = SitePaths.root(from: SitePaths.tagIndex)
        let tags = archive.tags.map { group -> [String: Any] in
            ["name": group.tag.name, "slug": group.tag.slug.value, "count": group.positions.count,
             "url": root + SitePaths.tagFolder(group.tag.slug) + "index.html"]
        }
        return try page("tags", at: SitePaths.tagIndex, title: "Tags",
                        ["tags": tags, "hasTags": !tags.isEmpty, "tagCount": tags.count])
    }

    /// `404.html`, at the top so its links work when it is opened from the output folder.
    func notFoundPage() throws -> OutputFile {
        try page("404", at: SitePaths.notFound, title: "Page not found", [:])
    }

    /// The pages of a list of articles in `folder`: `entries` and `pagination` on each,
    /// plus the keys `keys` gives for the page's root.
    func listPages(_ template: String, folder: String, title: String, positions: [Int],
                   keys: (String) -> [String: Any]) throws -> [OutputFile] {
        try Pagination.pages(count: positions.count, size: config.pageSize).map { pagination in
            let path = SitePaths.listPage(in: folder, number: pagination.number)
            let root = SitePaths.root(from: path)
            var view = keys(root)
            view["entries"] = positions[pagination.range].map { entry($0, root: root) }
            view["hasEntries"] = !pagination.range.isEmpty
            view["pagination"] = pagination.view(folder: folder, root: root)
            return try page(template, at: path, title: Self.numbered(title, pagination), view)
        }
    }
}
