import ArticleModel

extension PageRenderer {
    /// Every standalone page: `SLUG/index.html` at the top of the site, through `page.mustache`.
    func standalonePages() throws -> [OutputFile] {
        try archive.pages.map(standalonePage)
    }

    /// One standalone page: its title, lead image and body, and no date, tags or neighbours.
    private func standalonePage(_ item: RenderedArticle) throws -> OutputFile {
        let article = item.article
        let path = SitePaths.article(article)
        let root = SitePaths.root(from: path)
        let view: [String: Any] = [
            "title": article.title,
            "url": root + path,
            "body": ScrollableBlocks.marked(StoredImages.linked(item.html.html, images: item.images, prefix: root + SitePaths.mediaFolder)),
            "source": Self.webAddress(article.source),
            "image": image(item),
            "leadImage": Self.leadImage(item, root: root),
            "language": ownLanguage(article) ?? Absent.value,
            "direction": ownDirection(article) ?? Absent.value,
        ]
        return try page("page", at: path, title: article.title, head: PageHead(subject: item), ["article": view])
    }
}
