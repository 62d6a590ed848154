import ArticleModel

extension PageRenderer {
    /// The `<head>` keys of the page at `path`, titled `title` (see `metadata.mustache`):
    /// `meta` (description, Open Graph and Twitter card, favicon, structured data) and `feeds`
    /// (the site's feeds, then the page's own).
    func headKeys(_ head: PageHead, path: String, title: String) throws -> [String: Any] {
        let root = linkRoot(for: path)
        let article = head.subject.flatMap { $0.article.isPage ? nil : $0.article }
        let description = head.description ?? head.subject?.summary ?? config.description
        let image = head.subject.flatMap { self.image($0) as? String }
        let meta: [String: Any] = [
            "description": Absent.unlessEmpty(description),
            "title": path == SitePaths.index ? config.title : title,
            "type": article == nil ? "website" : "article",
            "url": path == SitePaths.notFound ? Absent.value : absolute(path) ?? Absent.value,
            "image": image ?? Absent.value,
            "twitterCard": image == nil ? "summary" : "summary_large_image",
            "published": article?.date.map(\.iso8601) ?? Absent.value,
            "modified": article.flatMap(Self.updateDate).map(\.iso8601) ?? Absent.value,
            "tags": (article?.tags ?? []).map { ["name": $0.name] },
            "icon": icon(root: root),
            "structuredData": try structuredData(head, path: path, title: title, description: description, image: image)
                ?? Absent.value,
        ]
        return ["meta": meta, "feeds": feedLinks([siteFeed] + (head.feeds.map { [$0] } ?? []), root: root)]
    }

    /// `{url, size, details}` of the book and the digest, each absent when it is not built, and
    /// `any`; `details` says what the file is and its size in the site's words: `(EPUB, 412 kB)`.
    func downloads(root: String) -> [String: Any] {
        let link = { (download: SiteExtras.Download?, details: String) -> Any in
            guard let download else { return Absent.value }
            let size = formats.size(bytes: download.bytes)
            return ["url": root + download.path, "size": size, "details": strings.text(details, ["size": size])]
        }
        return ["book": link(extras.book, "download_book_details"), "digest": link(extras.digest, "download_digest_details"),
                "any": extras.book != nil || extras.digest != nil]
    }

    /// The date an article was updated, when that is after its publication.
    static func updateDate(_ article: Article) -> ArticleDate? {
        guard let updated = article.updated, article.date.map({ updated > $0 }) ?? true else { return nil }
        return updated
    }

    /// `{url, type}` of the site's favicon, absent when `static/` has none.
    private func icon(root: String) -> Any {
        guard let icon = SiteExtras.favicons.first(where: { extras.staticFiles.contains($0.file) }) else { return Absent.value }
        return ["url": root + icon.file, "type": icon.type]
    }

    /// `{type, title, url}` of each feed of `specs` in every format, for autodiscovery.
    private func feedLinks(_ specs: [FeedSpec], root: String) -> [[String: Any]] {
        specs.flatMap { spec in
            FeedFormat.allCases.map { format -> [String: Any] in
                ["type": format.mediaType, "title": "\(spec.title) (\(format.name))", "url": root + spec.path(format)]
            }
        }
    }

    /// The JSON-LD of the page, or nil without a base URL (it needs absolute addresses) or
    /// with nothing to say: the article, the site on its home page, the breadcrumbs elsewhere.
    private func structuredData(_ head: PageHead, path: String, title: String, description: String,
                                image: String?) throws -> String? {
        guard path != SitePaths.notFound, let url = absolute(path), let home = absolute(SitePaths.index) else { return nil }
        var graph: [StructuredData.Node] = []
        if let item = head.subject, !item.article.isPage {
            graph.append(.article(articleData(item.article, url: url, description: description, image: image)))
        }
        if path == SitePaths.index {
            graph.append(.website(StructuredData.WebSite(name: config.title, url: home, description: config.description.isEmpty ? nil : config.description,
                                                         inLanguage: config.language)))
        } else if let parents = head.parents {
            let steps = [(config.title, SitePaths.index)] + parents + [(title, path)]
            let crumbs = steps.enumerated().map { index, step in
                StructuredData.Crumb(position: index + 1, name: step.0, item: absolute(step.1) ?? url)
            }
            graph.append(.breadcrumbs(StructuredData.BreadcrumbList(itemListElement: crumbs)))
        }
        return graph.isEmpty ? nil : try JSONText.scriptSafe(StructuredData(graph: graph))
    }

    private func articleData(_ article: Article, url: String, description: String, image: String?) -> StructuredData.Article {
        let author = Absent.unlessEmpty(article.author ?? config.author) as? String
        return StructuredData.Article(
            type: config.articleSchema.rawValue, headline: article.title, description: description.isEmpty ? nil : description,
            datePublished: article.date?.iso8601, dateModified: Self.lastChange(article)?.iso8601,
            author: author.map { [StructuredData.Agent(type: "Person", name: $0)] }, image: image.map { [$0] },
            url: url, mainEntityOfPage: url, keywords: article.tags.isEmpty ? nil : article.tags.map(\.name),
            inLanguage: ownLanguage(article) ?? config.language,
            publisher: StructuredData.Agent(type: "Organization", name: config.title, url: absolute(SitePaths.index)))
    }
}
