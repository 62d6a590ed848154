import ArticleModel
import Templating

/// Renders the site's pages: the keys every page shares, then the page's own. Contexts are
/// built here, where they are rendered, because `[String: Any]` is not `Sendable`.
struct PageRenderer: Sendable {
    let templates: TemplateSet
    let config: SiteConfig
    let archive: SiteArchive
    /// Each article's summary, or an excerpt of its body, in ``SiteArchive/articles`` order.
    let summaries: [String]

    init(templates: TemplateSet, config: SiteConfig, archive: SiteArchive) {
        self.templates = templates
        self.config = config
        self.archive = archive
        summaries = archive.articles.map { item in
            let summary = item.article.summary?.collapsingWhitespace ?? ""
            return summary.isEmpty ? PlainText.excerpt(ofHTML: item.html.html) : summary
        }
    }

    /// Renders `template` as the page at `path`, titled `title` (the `<h1>`), with `keys`
    /// added to the shared ones (see Layouts/README.md).
    func page(_ template: String, at path: String, title: String, _ keys: [String: Any]) throws -> OutputFile {
        var context = shared(path: path, title: title)
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
        let root = SitePaths.root(from: path)
        return [
            "language": config.language,
            "site": [
                "title": config.title,
                "description": Absent.unlessEmpty(config.description),
                "author": Absent.unlessEmpty(config.author),
            ] as [String: Any],
            "pageTitle": title,
            "documentTitle": path == SitePaths.index ? config.title : "\(title) – \(config.title)",
            "root": root,
            "path": path,
            "canonicalURL": absolute(path) ?? Absent.value,
            "homeURL": root + SitePaths.index,
            "tagsURL": root + SitePaths.tagIndex,
            "archiveURL": root + SitePaths.archiveIndex,
            "feedURL": root + SitePaths.feed,
            "stylesheetURL": root + SitePaths.stylesheet,
            "searchIndexURL": root + SitePaths.searchIndex,
            "searchScriptURL": root + SitePaths.searchScript,
            "pages": navigation(root: root, path: path),
            "hasPages": !archive.pages.isEmpty,
        ]
    }

    /// The standalone pages for the site's navigation, by title: `{title, url, isCurrent}`.
    private func navigation(root: String, path: String) -> [[String: Any]] {
        archive.pages.map { item in
            let target = SitePaths.article(item.article)
            return ["title": item.article.title, "url": root + target, "isCurrent": target == path]
        }
    }

    /// `title`, or `title, page N` after the first page.
    static func numbered(_ title: String, _ page: Pagination) -> String {
        page.number == 1 ? title : "\(title), page \(page.number)"
    }
}
