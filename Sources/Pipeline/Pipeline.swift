import ArticleModel
import Foundation
import HTMLToMarkdown
import MarkupTree
import PageExtract
import SiteBuild

/// Broadsheet's build, as a list of named steps. The order listed is the order of execution.
/// Every step but the first (read) and the last (write) works on values in memory; the book
/// and site steps hand their files to the write step's temporary folder as they make them
/// (``OutputStage``), so that no output is held until the end.
public enum Pipeline {
    /// Builds a site folder, or loose feeds, into an output folder.
    ///
    /// 0. cache     a site folder's inputs stamped and hashed (InputScan); when they and the
    ///              output are as the last build left them, its report is the result (BuildCache)
    /// 1. read      site.yml, the theme, feeds, content/, static/ and the media store from disk
    /// 2. import    each feed → entries (FeedImport)
    /// 3. convert   each entry's HTML → clean Markdown (HTMLToMarkdown), unless the cache has it
    /// 4. parse     each file in content/ → front matter + Markdown (SiteFiles)
    /// 5. tags      feed articles without tags → up to four from their text, against all (AutoTags)
    /// 6. resolve   one article per id, unique slugs, undated ones kept as undated, drafts left out
    /// 7. render    Markdown → HTML (MarkdownRender) → sanitised again (HTMLSanitizer), unless cached; each
    ///              article's pictures looked up in the media store (one note counts the others)
    /// 8. words     the interface strings of the site's language: the theme's and the site's
    ///              translation files (`i18n/LANG.yml`) merged key by key over English (SiteFiles)
    /// 9. book      book.epub and digest.html (EbookBundle), with the stored pictures made ready
    ///              for them (ImageKit: converted, downscaled within the digest's budget) and a cover
    /// 10. site     pages, tag and date archives, feeds, sitemap, robots.txt, 404 (SiteBuild),
    ///              pictures linked to the stored copies, the book and digest with their sizes
    /// 11. write    the stored pictures used and static/; then the whole folder takes the old
    ///              output's place at once. The book's and the site's files are written as those
    ///              steps make them, into the same temporary folder (files equal to the old
    ///              output's hard-linked, so they keep their times), and only their paths are kept
    /// 12. record   the cache for the next build: inputs, output manifest, convert and render memos
    public static func build(_ request: BuildRequest) throws(PipelineError) -> BuildReport {
        var log: [Diagnostic] = []
        var clock = StepClock()
        let output = try outputFolder(request)
        let protected = protectedFolders(request)
        try OutputWriter.check(output, protecting: protected.containing, notInside: protected.inside)  // fail before any work
        var locks: [SiteLock] = []
        defer { locks.forEach { $0.release() } }
        // The build cache: inputs scanned before anything is read; nothing changed → the last report.
        let cache = CacheSession.start(request, output: output, log: &log)
        if let cache, cache.inputsUnchanged {
            locks = try SiteLock.forBuild(request, output: output)
            log += OutputWriter.recover(output)
            if var report = cache.upToDateReport(output: output, diagnostics: log) {
                clock.lap("cache")
                report.timings = clock.laps
                return report
            }
        }
        var snapshot = try SiteReader.read(request, log: &log)
        if let baseURL = request.baseURL { snapshot.config.baseURL = baseURL }  // --base-url, for this build
        if locks.isEmpty {
            locks = try SiteLock.forBuild(request, output: output)  // one build or import at a time
            log += OutputWriter.recover(output)  // leftovers of a killed build
        }
        try checkSourcesOutside(output, request: request, sources: snapshot.config.sources)
        clock.lap("read")
        var convertMemo = cache?.convertMemo(log: &log) ?? StepMemo()
        var renderMemo = cache?.renderMemo(log: &log) ?? StepMemo()
        clock.lap("cache")
        let (articles, config, drafts) = Self.articles(snapshot, includeDrafts: request.includeDrafts, progress: request.progress,
                                                       memo: &convertMemo, clock: &clock, log: &log)
        snapshot.feeds = []  // read into the articles: their bytes need not stay in memory
        snapshot.content = []
        if articles.isEmpty, log.contains(where: { $0.severity == .error }) || OutputWriter.hasFiles(output) {
            throw PipelineError("nothing to build: no article to publish, so the previous output is kept",
                                hint: "fix the problems above, or delete \(output.path) to publish an empty site", diagnostics: log)
        }
        let (rendered, unstored) = RenderSteps.render(articles, library: snapshot.library, memo: &renderMemo, progress: request.progress,
                                                      log: &log)
        if let note = MediaSteps.unstoredNote(unstored, source: request.source) { log.append(note) }
        clock.lap("render")
        // The output is written as it is made: each step's files go into the temporary folder
        // at once, and only their paths stay in memory.
        let stage = try OutputStage(output, protecting: protected.containing, notInside: protected.inside)
        ProgressCounter.begin("making the book", handler: request.progress)
        let strings = StringSteps.strings(snapshot, language: config.language, log: &log)
        let book = try OutputSteps.book(rendered, config: config, strings: strings, layouts: snapshot.layouts, mediaFiles: snapshot.mediaFiles,
                                        sourceDateEpoch: request.sourceDateEpoch, log: &log) { files throws(PipelineError) in
            try stage.place(files, progress: request.progress)
        }
        let extras = OutputSteps.extras(book: book, statics: snapshot.staticFiles)
        clock.lap("book")
        MemoryTrim.giveBack()  // the book's working memory, before the pages are made
        ProgressCounter.begin("making the site's pages", handler: request.progress)
        var pages = 0
        try OutputSteps.site(rendered, config: config, strings: strings, layouts: snapshot.layouts, extras: extras, log: &log) { files throws(PipelineError) in
            pages += files.filter { $0.path.hasSuffix(".html") }.count
            try stage.place(files, progress: request.progress)
            ProgressCounter.begin("making the site's pages", handler: request.progress)
        }
        clock.lap("site")
        let media = OutputSteps.media(rendered, files: snapshot.mediaFiles)
        let statics = OutputSteps.statics(snapshot.staticFiles, besides: stage.paths + media.map(\.path), log: &log)
        try stage.place(media + statics, progress: request.progress)
        let (changes, notes) = try stage.finish()
        log += notes
        clock.lap("write")
        var report = BuildReport(articles: articles.count, drafts: drafts, pages: pages, files: stage.paths.count, changes: changes,
                                 bookBytes: extras.book?.bytes ?? 0, output: output, diagnostics: log, timings: clock.laps)
        cache?.save(&report, convert: convertMemo, render: renderMemo, output: output)
        clock.lap("record")
        report.timings = clock.laps
        return report
    }

    /// Steps 2 to 6 of ``build(_:)``, in memory: the articles to publish, the settings in
    /// effect, and how many of the articles are drafts (published only when `includeDrafts`).
    /// `fetch` runs them too, to find the pictures the site will use.
    static func articles(_ snapshot: SiteSnapshot, includeDrafts: Bool = false, progress: ProgressHandler? = nil, clock: inout StepClock,
                         log: inout [Diagnostic]) -> (articles: [Article], config: SiteConfig, drafts: Int) {
        var memo = StepMemo<ConvertedEntry>()
        return articles(snapshot, includeDrafts: includeDrafts, progress: progress, memo: &memo, clock: &clock, log: &log)
    }

    /// The same, with the convert step's memo from the last build (``StepMemo``).
    static func articles(_ snapshot: SiteSnapshot, includeDrafts: Bool, progress: ProgressHandler?, memo: inout StepMemo<ConvertedEntry>,
                         clock: inout StepClock, log: inout [Diagnostic]) -> (articles: [Article], config: SiteConfig, drafts: Int) {
        if !snapshot.feeds.isEmpty { ProgressCounter.begin("reading the feeds", handler: progress) }
        let feeds = ImportSteps.readFeeds(snapshot.feeds, log: &log)
        clock.lap("import")
        let config = effectiveConfig(snapshot, feeds: feeds.map(\.feed), log: &log)
        let rules = cleaningRules(config)
        let imported = ImportSteps.convert(feeds, rules: rules, siteLanguage: config.language, memo: &memo, progress: progress, log: &log)
        clock.lap("convert")
        let written = ContentSteps.parse(snapshot.content, log: &log)
        clock.lap("parse")
        let tagged = TagSteps.autoTag(imported, alongside: written, config: config)
        clock.lap("tags")
        let articles = ResolveSteps.articles(from: written + tagged, defaultAuthor: config.author, includeDrafts: includeDrafts, log: &log)
        clock.lap("resolve")
        let draftOrigins = Set((written + tagged).filter(\.file.frontMatter.draft).map(\.origin))
        return (articles, config, includeDrafts ? articles.filter { draftOrigins.contains($0.origin) }.count : 0)
    }

    /// Converts one HTML document or fragment to clean Markdown with `rules` (the built-in
    /// ones unless given), as `broadsheet convert` prints it; relative links and pictures are
    /// made absolute against `baseURL`, else a whole page's canonical link. The encoding is
    /// found as for feeds (a byte-order mark, the declared `charset`, valid UTF-8, else
    /// detected), and what was guessed is among the diagnostics.
    ///
    /// A whole page (`<html>`, `<body>` or a doctype at its start) is first cut down to its
    /// article (PageExtract), headed by its title, unless `whole` is set; a fragment is never cut.
    public static func convert(html: Data, file: String, whole: Bool = false, rules: CleaningRules = .standard,
                               baseURL: String? = nil) -> (markdown: Markdown, diagnostics: [Diagnostic]) {
        let decoded = HTMLText.decode(html, file: file)
        guard !whole, PageExtractor.isWholePage(decoded.text) else {
            let conversion = HTMLToMarkdown.convert(HTMLFragment(decoded.text), rules: rules, baseURL: baseURL)
            return (conversion.markdown, decoded.diagnostics + conversion.diagnostics.map { $0.located(file: file) })
        }
        let page = PageExtractor.extract(decoded.text, file: file)
        let base = baseURL ?? page.metadata.canonicalLink.flatMap(ImportSteps.webBase)
        let meta = page.metadata
        let context = ArticleContext(author: meta.byline, title: meta.title, date: meta.published ?? meta.updated)
        let conversion = HTMLToMarkdown.convert(page.content, rules: rules, baseURL: base, context: context)
        var text = conversion.markdown.text
        if let title = page.metadata.title, !title.isEmpty {
            // The converter writes the heading, so the title is escaped as any heading is.
            let heading = HTMLToMarkdown.convert(HTMLFragment("<h1>" + MarkupSerializer.escapeText(title) + "</h1>")).markdown.text
            text = heading.trimmingWhitespace + "\n" + (text.isEmpty ? "" : "\n" + text)
        }
        return (Markdown(text), decoded.diagnostics + page.diagnostics + conversion.diagnostics.map { $0.located(file: file) })
    }

    /// The site's settings; without a `site.yml`, title, description and language come from
    /// the first feed that has them.
    static func effectiveConfig(_ snapshot: SiteSnapshot, feeds: [Feed], log: inout [Diagnostic]) -> SiteConfig {
        effectiveConfig(snapshot.config, keys: snapshot.configKeys, hasConfigFile: snapshot.hasConfigFile, feeds: feeds, log: &log)
    }

    /// The same for `config` read from a site.yml that set `keys` (`import` has no snapshot):
    /// one rule for both commands, so they tag and title alike.
    static func effectiveConfig(_ config: SiteConfig, keys: Set<String>, hasConfigFile: Bool, feeds: [Feed],
                                log: inout [Diagnostic]) -> SiteConfig {
        var config = configFromFeeds(config, keys: keys, feeds: feeds)
        if let tag = LanguageTag.normalized(config.language) {
            config.language = tag
        } else {
            log.append(Diagnostic(.warning, file: hasConfigFile ? "site.yml" : "", "language \"\(config.language.prefix(40))\" is not a language code; used \"en\"",
                                  hint: "give a code such as en, en-GB or pt-BR"))
            config.language = "en"
        }
        return config
    }

    /// Title, description and language that site.yml leaves out, from the first feed with them.
    private static func configFromFeeds(_ settings: SiteConfig, keys set: Set<String>, feeds: [Feed]) -> SiteConfig {
        var config = settings
        if !set.contains("title"), let title = feeds.lazy.compactMap(\.title).first(where: { !$0.isEmpty }) { config.title = title }
        if !set.contains("description"), let description = feeds.lazy.compactMap(\.description).first { config.description = description }
        if !set.contains("language"), let language = feeds.lazy.compactMap(\.language).first(where: { !$0.isEmpty }) { config.language = language }
        return config
    }

    /// Refuses sources listed in site.yml that lie inside the output folder, which the build replaces.
    static func checkSourcesOutside(_ output: URL, request: BuildRequest, sources: [String]) throws(PipelineError) {
        guard case .site(let folder) = request.source else { return }
        let out = output.standardizedFileURL.resolvingSymlinksInPath().path
        for source in sources where folder.appendingPathComponent(source).standardizedFileURL.resolvingSymlinksInPath().path.hasPrefix(out + "/") {
            throw PipelineError("site.yml: source \"\(source)\" is inside the output folder, which every build replaces",
                                hint: "move it to feeds/ and list it as feeds/NAME")
        }
    }

    static func outputFolder(_ request: BuildRequest) throws(PipelineError) -> URL {
        if let output = request.output { return output }
        guard case .site(let folder) = request.source else {
            throw PipelineError("no output folder given", hint: "add --output DIR when building straight from feed files")
        }
        return folder.appendingPathComponent("public")
    }

    /// Folders the output may be neither, nor lie inside, nor contain: the site's sources and
    /// the theme. (Inside the site folder itself is fine: that is where `public/` goes.)
    static func protectedFolders(_ request: BuildRequest) -> (containing: [URL], inside: [URL]) {
        let theme = request.layouts.map { [$0] } ?? []
        switch request.source {
        case .site(let folder):
            let sources = ["content", "feeds", "static", "layouts", MediaLibrary.folder, ".broadsheet"].map { folder.appendingPathComponent($0) }
            return ([folder] + theme, sources + theme)
        case .feeds(let files):
            return (files.map { $0.deletingLastPathComponent() } + theme, theme)
        }
    }
}
