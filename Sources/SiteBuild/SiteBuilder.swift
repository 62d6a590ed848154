import ArticleModel
import Foundation
import Templating

/// Builds the static site from rendered articles and a theme: article pages, standalone pages
/// (linked from every page's navigation, in no list), the paginated index, tag and archive
/// pages, Atom, RSS and JSON feeds for the site and each tag, the sitemap, `robots.txt`, the
/// search index, a 404 page and the theme's assets.
/// The URL scheme is described in Layouts/README.md; every link between pages is relative.
public enum SiteBuilder {
    /// Builds the site. The output is a pure function of the inputs: files sorted by path,
    /// byte-identical from run to run, dates only from the articles.
    ///
    /// - Parameters:
    ///   - articles: the articles, in any order; their keys (`YYYY/slug`, `undated/slug`,
    ///     `pages/slug`) must be unique, and no page's slug reserved (``isReservedPageSlug(_:)``).
    ///     Undated articles come after every dated one in lists, in no year or month; standalone
    ///     pages (``Article/isPage``) are published at `slug/index.html`, in no list or feed.
    ///   - config: the site's settings (title, language, base URL, page size).
    ///   - layouts: files relative to the theme folder (`article.mustache`, `assets/style.css`):
    ///     the default `Layouts/` merged with the site's own `layouts/`. Top-level
    ///     `*.mustache` files are templates; files under `assets/` are copied to `assets/`;
    ///     anything else is ignored.
    ///   - extras: the static files and downloads the pages link to (a favicon, the book).
    ///   - strings: the interface strings of the site's language (`TranslationMerge` in
    ///     SiteFiles reads them from the theme's and the site's `i18n/` files); nil for English
    ///     words with the dates and numbers of `config.language`.
    /// - Throws: `TemplateError` for a template that does not parse (naming it, with line and
    ///   column); ``SiteBuildError`` for a template that cannot be read or rendered.
    public static func build(_ articles: [RenderedArticle], config: SiteConfig,
                             layouts: [String: Data], extras: SiteExtras = SiteExtras(),
                             strings: UIStrings? = nil) throws -> SiteBuildResult {
        var files: [OutputFile] = []
        let diagnostics = try build(articles, config: config, layouts: layouts, extras: extras, strings: strings) { files += $0 }
        return SiteBuildResult(files: files.sorted { $0.path < $1.path }, diagnostics: diagnostics)
    }

    /// Builds the site as ``build(_:config:layouts:extras:strings:)`` does, but hands the files
    /// to `emit` group by group as they are made (article pages a thousand at a time, list
    /// pages by kind), so that the caller can write them and let their bytes go; returns the
    /// diagnostics. The groups' order is fixed, the files within one are not sorted. Every
    /// path is checked before its group is handed on (safe, and used once).
    public static func build(_ articles: [RenderedArticle], config: SiteConfig, layouts: [String: Data],
                             extras: SiteExtras = SiteExtras(), strings: UIStrings? = nil,
                             emit: ([OutputFile]) throws -> Void) throws -> [Diagnostic] {
        // The steps, in the order they run.
        let templates = try TemplateSet(sources: templateSources(in: layouts))
        let stylesheet = layouts[SitePaths.stylesheet].flatMap { String(data: $0, encoding: .utf8) }
        let words = strings ?? UIStrings(language: LanguageTag.normalized(config.language) ?? "en", entries: [:])
        let renderer = PageRenderer(templates: templates, config: config, archive: SiteArchive(articles), extras: extras,
                                    stylesheet: stylesheet, strings: words)
        var sink = GroupSink()
        func hand(_ files: [OutputFile]) throws {
            try sink.check(files)
            try emit(files)
        }
        for start in stride(from: 0, to: renderer.archive.articles.count, by: groupSize) {
            try hand(renderer.articlePages(start..<min(start + groupSize, renderer.archive.articles.count)))
        }
        try hand(renderer.standalonePages())
        try hand(renderer.listPages([renderer.indexList()]))
        let tagLists = renderer.tagLists()
        for start in stride(from: 0, to: tagLists.count, by: groupSize / 20) {
            try hand(renderer.listPages(Array(tagLists[start..<min(start + groupSize / 20, tagLists.count)])))
        }
        try hand(renderer.listPages(renderer.yearLists() + renderer.monthLists() + renderer.undatedLists()))
        try hand([renderer.tagIndexPage(), renderer.archiveIndexPage(), renderer.notFoundPage()])
        try hand(renderer.feedFiles())
        try hand(renderer.robots().map { [$0] } ?? [])
        try hand(renderer.searchIndex())
        var diagnostics: [Diagnostic] = []
        if let sitemap = try renderer.sitemap(pages: sink.pages.sorted()) {
            try hand([sitemap])
        } else {
            diagnostics.append(Diagnostic(.note, file: "site.yml",
                                          "no sitemap.xml, canonical links or structured data, and the feeds link relatively: they need absolute addresses",
                                          hint: "set base_url in site.yml to the address the site will be published at"))
        }
        let assets = assetFiles(in: layouts)
        try hand(assets.files)
        diagnostics += assets.diagnostics
        return diagnostics
    }

    /// How many article pages make one group handed on by the streaming build (a twentieth
    /// as many tags, each of which may have many pages).
    static let groupSize = 1000

    /// The site's own top-level folders, which no standalone page may take as its address:
    /// `tags`, `archive`, `page` (the index's later pages), `undated`, `media`, `assets`.
    public static let reservedFolders: Set<String> = ["tags", "archive", "page", "undated", "media", "assets"]

    /// Whether a standalone page at `slug/` would clash with the site's own folders: one of
    /// ``reservedFolders``, or a number, which is (or may become) a year's folder.
    ///
    /// ```swift
    /// SiteBuilder.isReservedPageSlug("tags")   // true
    /// SiteBuilder.isReservedPageSlug("2024")   // true
    /// SiteBuilder.isReservedPageSlug("about")  // false
    /// ```
    public static func isReservedPageSlug(_ slug: String) -> Bool {
        reservedFolders.contains(slug) || (!slug.isEmpty && slug.allSatisfy { $0.isASCII && $0.isNumber })
    }

    /// The top-level `*.mustache` layouts, named without the extension.
    static func templateSources(in layouts: [String: Data]) throws -> [String: String] {
        var sources: [String: String] = [:]
        for (path, data) in layouts where path.hasSuffix(".mustache") && !path.contains("/") {
            guard let text = String(data: data, encoding: .utf8) else { throw SiteBuildError.unreadableLayout(file: path) }
            sources[String(path.dropLast(".mustache".count))] = text
        }
        return sources
    }

    /// The files under `assets/`, copied as they are; an unsafe name is skipped with a warning.
    static func assetFiles(in layouts: [String: Data]) -> (files: [OutputFile], diagnostics: [Diagnostic]) {
        var files: [OutputFile] = []
        var diagnostics: [Diagnostic] = []
        for (path, data) in layouts where path.hasPrefix("assets/") {
            let file = OutputFile(path: path, contents: data)
            if file.hasSafePath {
                files.append(file)
            } else {
                diagnostics.append(Diagnostic(.warning, file: "layouts/" + path, "asset skipped: its path leaves the output folder",
                                              hint: "rename the file"))
            }
        }
        return (files, diagnostics.sorted { $0.file < $1.file })
    }
}
