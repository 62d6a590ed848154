import ArticleModel
import Templating

/// Renders the site's pages: the keys every page shares, then the page's own. Contexts are
/// built here, where they are rendered, because `[String: Any]` is not `Sendable`.
struct PageRenderer: Sendable {
    let templates: TemplateSet
    let config: SiteConfig
    let archive: SiteArchive
    /// Each article's summary (``RenderedArticle/summary``), in ``SiteArchive/articles`` order.
    let summaries: [String]
    /// The static files and downloads the pages link to.
    let extras: SiteExtras
    /// The theme's stylesheet, for the 404 page to carry inside itself; nil when it cannot.
    let inlineStylesheet: String?
    /// The site's feed, which every page links to.
    let siteFeed: FeedSpec
    /// The interface strings, dates and numbers of the site's language.
    let strings: UIStrings
    /// The strings without plural forms, for every page's `t` (`{{t.older}}`).
    let texts: [String: String]

    init(templates: TemplateSet, config: SiteConfig, archive: SiteArchive, extras: SiteExtras = SiteExtras(),
         stylesheet: String? = nil, strings: UIStrings) {
        self.strings = strings
        texts = strings.templateTexts
        self.templates = templates
        self.config = config
        self.archive = archive
        self.extras = extras
        summaries = archive.articles.map(\.summary)
        inlineStylesheet = stylesheet.flatMap { $0.lowercased().contains("</style") ? nil : $0 }
        siteFeed = Self.feed(of: archive, config: config)
    }

    /// Renders `template` as the page at `path`, titled `title` (the `<h1>`), with `keys`
    /// added to the shared ones (see Layouts/README.md) and the `<head>` keys `head` gives.
    func page(_ template: String, at path: String, title: String, head: PageHead = PageHead(),
              _ keys: [String: Any]) throws -> OutputFile {
        var context = shared(path: path, title: title)
        context.merge(try headKeys(head, path: path, title: title)) { _, own in own }
        context.merge(keys) { _, own in own }
        return OutputFile(path: path, text: try render(template, for: path, context))
    }

    /// Renders `template` for the page at `path`, saying which page failed and why.
    func render(_ template: String, for path: String, _ context: [String: Any]) throws -> String {
        do {
            return try templates.render(template, context)
        } catch {
            throw SiteBuildError.render(page: path, template: template, reason: "\(error)")
        }
    }

    /// The keys every HTML page has.
    private func shared(path: String, title: String) -> [String: Any] {
        let root = linkRoot(for: path)
        return [
            "language": config.language,
            "isRightToLeft": strings.direction == .rtl,
            "t": texts,
            "searchWords": searchWords(),
            "site": [
                "title": config.title,
                "description": Absent.unlessEmpty(config.description),
                "author": Absent.unlessEmpty(config.author),
            ] as [String: Any],
            "pageTitle": title,
            "documentTitle": path == SitePaths.index ? config.title : strings.text("document_title", ["page": title, "site": config.title]),
            "root": root,
            "path": path,
            "canonicalURL": path == SitePaths.notFound ? Absent.value : absolute(path) ?? Absent.value,
            "homeURL": root + SitePaths.index,
            "tagsURL": root + SitePaths.tagIndex,
            "archiveURL": root + SitePaths.archiveIndex,
            "feedURL": root + SitePaths.feed,
            "stylesheetURL": root + SitePaths.stylesheet,
            "inlineStylesheet": path == SitePaths.notFound ? inlineStylesheet ?? Absent.value : Absent.value,
            "downloads": downloads(root: root),
            "searchIndexURL": root + SitePaths.searchIndex,
            "searchScriptURL": root + SitePaths.searchScript,
            "pages": navigation(root: root, path: path),
            "hasPages": !archive.pages.isEmpty,
        ]
    }

    /// The way from the page at `path` to the output root, which every link of the page
    /// starts with: relative (`""`, `../../`), but for the 404 page with a base URL, whose
    /// links are absolute, since a server shows it at any depth of the site.
    func linkRoot(for path: String) -> String {
        guard path == SitePaths.notFound, let base = absolute("") else { return SitePaths.root(from: path) }
        return base
    }

    /// The standalone pages for the site's navigation, by title: `{title, url, isCurrent}`.
    private func navigation(root: String, path: String) -> [[String: Any]] {
        archive.pages.map { item in
            let target = SitePaths.article(item.article)
            return ["title": item.article.title, "url": root + target, "isCurrent": target == path]
        }
    }

    /// `title`, or `title, page N` after the first page (in the site's language).
    func numbered(_ title: String, _ page: Pagination) -> String {
        page.number == 1 ? title : strings.text("numbered_page", ["title": title, "number": strings.formats.number(page.number)])
    }

    /// The site's dates, numbers and sizes.
    var formats: LocalFormats { strings.formats }
}
