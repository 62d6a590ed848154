import ArticleModel

extension PageRenderer {
    /// The pages of the articles at `positions` (newest first, undated last):
    /// `YYYY/slug/index.html`, or `undated/slug/index.html`.
    func articlePages(_ positions: Range<Int>) throws -> [OutputFile] {
        try Parallel.map(positions.count) { try articlePage(positions.lowerBound + $0) }
    }

    /// The page of the article at `position` (newest first, undated last), with links to its
    /// newer and older neighbours.
    func articlePage(_ position: Int) throws -> OutputFile {
        let item = archive.articles[position]
        let article = item.article
        let path = SitePaths.article(article)
        let root = SitePaths.root(from: path)
        var view = entry(position, root: root)
        view["body"] = ScrollableBlocks.marked(StoredImages.linked(item.html.html, images: item.images, prefix: root + SitePaths.mediaFolder))
        view["source"] = Self.webAddress(article.source)
        view["updatedISO"] = article.updated.map(\.iso8601) ?? Absent.value
        view["updatedText"] = article.updated.map(formats.day) ?? Absent.value
        view["leadImage"] = Self.leadImage(item, root: root)
        return try page("article", at: path, title: article.title, head: PageHead(subject: item, parents: parents(of: article)), [
            "article": view,
            "hasNeighbours": archive.articles.count > 1,
            "newer": position > 0 ? link(position - 1, root: root) : Absent.value,
            "older": position + 1 < archive.articles.count ? link(position + 1, root: root) : Absent.value,
        ])
    }

    /// The view model of the article at `position` as listed on index, tag and archive
    /// pages; links are relative to `root`. An undated article has no `dateISO` or `dateText`.
    func entry(_ position: Int, root: String) -> [String: Any] {
        let item = archive.articles[position]
        let article = item.article
        let author = Absent.unlessEmpty(article.author ?? config.author)
        return [
            "title": article.title,
            "url": root + SitePaths.article(article),
            "isUndated": article.isUndated,
            "dateISO": article.date.map(\.iso8601) ?? Absent.value,
            "dateText": article.date.map(formats.day) ?? Absent.value,
            "author": author,
            "byline": (author as? String).map { strings.text("by_author", ["author": $0]) } ?? Absent.value,
            "language": ownLanguage(article) ?? Absent.value,
            "direction": ownDirection(article) ?? Absent.value,
            "hasTags": !article.tags.isEmpty,
            "tags": article.tags.map { ["name": $0.name, "slug": $0.slug.value, "url": root + SitePaths.tagFolder($0.slug) + "index.html"] },
            "summary": summaries[position],
            "readingMinutes": item.readingMinutes,
            "readingTime": strings.text("reading_time", count: item.readingMinutes),
            "wordCount": item.wordCount,
            "image": image(item),
            "thumbnail": Self.thumbnail(item, root: root),
        ]
    }

    /// The pages above an article, for its breadcrumbs: the archive, then its year (or the
    /// undated articles' list).
    private func parents(of article: Article) -> [PageHead.Parent] {
        let list = article.year.map { (formats.year($0), SitePaths.yearFolder($0) + "index.html") }
            ?? (strings.text("undated"), SitePaths.undatedFolder + "index.html")
        return [archiveParent, list]
    }

    /// The article's own language, for `lang` on its content, when it is not the site's.
    func ownLanguage(_ article: Article) -> String? {
        guard let language = article.language, language.lowercased() != config.language.lowercased() else { return nil }
        return language
    }

    /// The article's own direction, for `dir` on its content, when it is not the page's
    /// (an Arabic article on an English site, an English one on a Hebrew site).
    func ownDirection(_ article: Article) -> String? {
        guard let language = ownLanguage(article) else { return nil }
        let direction = TextDirection(language: language)
        return direction == strings.direction ? nil : direction.rawValue
    }

    /// `{title, url}` of the article at `position`.
    private func link(_ position: Int, root: String) -> [String: Any] {
        let article = archive.articles[position].article
        return ["title": article.title, "url": root + SitePaths.article(article)]
    }

    /// The lead image to draw at the top of the article's page, `{src, width, height}` for the
    /// stored copy (relative to `root`), `{src}` for a remote one; absent when it has none or when
    /// the body already shows the same picture (feeds often repeat it there).
    static func leadImage(_ item: RenderedArticle, root: String) -> Any {
        guard let image = webAddress(item.article.image) as? String,
              !item.html.html.contains("src=\"\(StoredImages.attributeEscaped(image))\"") else { return Absent.value }
        guard let file = storedLeadImage(item) else { return ["src": image] }
        return ["src": root + SitePaths.media(file), "width": file.width, "height": file.height]
    }

    /// The stored copy of the lead image for a list, `{src, width, height}` relative to `root`;
    /// absent when the picture is not stored (a list never links a picture from elsewhere).
    static func thumbnail(_ item: RenderedArticle, root: String) -> Any {
        guard let file = storedLeadImage(item) else { return Absent.value }
        return ["src": root + SitePaths.media(file), "width": file.width, "height": file.height]
    }

    /// The lead image's absolute address, for `og:image` and custom themes: the stored copy on
    /// this site when it is stored and `base_url` is set, else the original address.
    func image(_ item: RenderedArticle) -> Any {
        if let file = Self.storedLeadImage(item), let address = absolute(SitePaths.media(file)) { return address }
        return Self.webAddress(item.article.image)
    }

    /// The stored copy of the article's lead image, if it is a web address in the store.
    static func storedLeadImage(_ item: RenderedArticle) -> MediaFile? {
        guard let image = item.article.image, webAddress(image) is String else { return nil }
        return item.images[image]
    }

    /// A source or image address worth linking to: only `http` and `https` (feeds are
    /// untrusted, and a `javascript:` link must never reach a page).
    static func webAddress(_ source: String?) -> Any {
        guard let source = source?.trimmingWhitespace, source.isWebAddress else { return Absent.value }
        return source
    }
}
