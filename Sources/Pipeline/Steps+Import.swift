import ArticleModel
import FeedImport
import Foundation
import HTMLToMarkdown
import MarkupTree
import PageExtract

/// The steps that turn input files into drafts.
enum ImportSteps {
    /// Reads every feed and page (in parallel); unreadable ones are reported, the rest go on.
    /// This is where an input's format is decided, once, for `build` and `import` alike.
    static func readFeeds(_ inputs: [SiteSnapshot.Input], log: inout [Diagnostic]) -> [(name: String, feed: Feed)] {
        let results = Parallel.map(inputs) { input in (input.name, read(input)) }
        var feeds: [(name: String, feed: Feed)] = []
        for (name, result) in results {
            log += result.diagnostics.map { $0.located(file: name) }
            if let feed = result.feed { feeds.append((name, feed)) }
        }
        return feeds
    }

    /// One input: a web page goes to PageExtract, anything else to FeedImporter.
    static func read(_ input: SiteSnapshot.Input) -> FeedImportResult {
        FeedImporter.readFeed(input.data, file: input.name) ?? page(input.data, file: input.name)
    }

    /// A web page as a feed of one entry: its article, found by PageExtract, with the page's
    /// metadata (the id is the canonical link, else the file's name).
    static func page(_ data: Data, file: String) -> FeedImportResult {
        let decoded = HTMLText.decode(data, file: file)
        let extracted = PageExtractor.extract(decoded.text, file: file)
        let meta = extracted.metadata
        let name = URL(fileURLWithPath: file).lastPathComponent
        let title = meta.title ?? URL(fileURLWithPath: name).deletingPathExtension().lastPathComponent
        let location = "page \"\(title.prefix(60))\""
        let entry = FeedEntry(
            title: title, link: meta.canonicalLink, guid: meta.canonicalLink ?? name, published: meta.published,
            updated: meta.updated, author: meta.byline, tags: meta.tags,
            summary: meta.description.map { HTMLFragment("<p>" + MarkupSerializer.escapeText($0) + "</p>") },
            body: extracted.content, location: location, image: meta.image)
        let feed = Feed(format: .html, title: meta.siteName, language: meta.language, entries: [entry])
        let diagnostics = decoded.diagnostics + extracted.diagnostics.map { $0.located(file: file, item: location) }
        return FeedImportResult(feed: feed, diagnostics: diagnostics)
    }

    /// Converts every entry's HTML to clean Markdown (in parallel), keeping the converter's
    /// diagnostics located at the entry. An entry of a feed in another language than the
    /// site's (`siteLanguage`) keeps the feed's language (``articleLanguage(feed:site:)``); no
    /// entry does without a site language.
    /// Each finished entry advances `progress` (`converting articles`).
    static func convert(_ feeds: [(name: String, feed: Feed)], rules: CleaningRules, siteLanguage: String? = nil,
                        progress: ProgressHandler? = nil, log: inout [Diagnostic]) -> [Draft] {
        var memo = StepMemo<ConvertedEntry>()
        return convert(feeds, rules: rules, siteLanguage: siteLanguage, memo: &memo, progress: progress, log: &log)
    }

    /// The same, converting only the entries whose HTML (with what else the converter reads:
    /// ``ConvertedEntry/key(of:base:rules:)``) `memo` does not know from the last build; `memo`
    /// then holds every entry's conversion and how many were reused.
    static func convert(_ feeds: [(name: String, feed: Feed)], rules: CleaningRules, siteLanguage: String? = nil,
                        memo: inout StepMemo<ConvertedEntry>, progress: ProgressHandler? = nil, log: inout [Diagnostic]) -> [Draft] {
        let jobs = feeds.flatMap { named in
            let language = siteLanguage.flatMap { articleLanguage(feed: named.feed.language, site: $0) }
            let title = feedTitle(named.feed, file: named.name)
            return named.feed.entries.map { (named.name, absoluteLink($0, channel: named.feed.link), language, title) }
        }
        let converter = MarkdownConverter(rules: rules)  // compiles the rules once for every entry
        let counter = ProgressCounter("converting articles", total: jobs.count, handler: progress)
        let known = memo.known
        let results = Parallel.map(jobs) { name, entry, language, feed in
            defer { counter.advance() }
            let base = baseAddress(of: entry)
            let key = ConvertedEntry.key(of: entry, base: base, rules: rules)
            let cached = known[key]
            let converted = cached ?? conversion(of: entry, base: base, converter: converter)
            return (draft(from: entry, file: name, converted: converted, language: language, feed: feed), key, converted, cached != nil)
        }
        for (made, key, converted, reused) in results {
            log += made.1
            memo.record(key, converted, reused: reused)
        }
        return results.map(\.0.0)
    }

    /// The language a feed's articles are marked with: the feed's, when it is a language tag of
    /// another language than the site's (`de` on an `en` site); nil when it is the site's
    /// (`en-US` on an `en-GB` site) or unknown.
    static func articleLanguage(feed: String?, site: String) -> String? {
        guard let tag = feed.flatMap(LanguageTag.normalized) else { return nil }
        let primary = { (tag: String) in tag.lowercased().split(separator: "-").first.map(String.init) ?? "" }
        return primary(tag) == primary(site) ? nil : tag
    }

    /// What an article of `feed` (read from `file`) says it came from: the feed's title, else
    /// the file's name (`news.xml`), so the book can give each feed its section.
    static func feedTitle(_ feed: Feed, file: String) -> String {
        let title = (feed.title ?? "").removingNonXMLCharacters.collapsingWhitespace.trimmingWhitespace
        return title.isEmpty ? URL(fileURLWithPath: file).lastPathComponent : title
    }

    /// One entry as a draft article file, marked as written in `language` when it is given and
    /// as coming from the feed titled `feed`.
    static func draft(from entry: FeedEntry, file: String, converter: MarkdownConverter, language: String? = nil,
                      feed: String? = nil) -> (Draft, [Diagnostic]) {
        let converted = conversion(of: entry, base: baseAddress(of: entry), converter: converter)
        return draft(from: entry, file: file, converted: converted, language: language, feed: feed)
    }

    /// The base address relative links and images in `entry`'s body are resolved against: the
    /// feed's `xml:base`, else the article's own link (when it is a web address).
    static func baseAddress(of entry: FeedEntry) -> String? {
        (entry.baseURL ?? entry.link).flatMap(webBase)
    }

    /// `entry`'s body and summary converted to Markdown against `base`: the convert step's
    /// work, which the build cache keeps (``ConvertedEntry``).
    static func conversion(of entry: FeedEntry, base: String?, converter: MarkdownConverter) -> ConvertedEntry {
        let context = ArticleContext(author: entry.author, title: entry.title, date: entry.published ?? entry.updated)
        let body = converter.convert(entry.body, baseURL: base, context: context)
        let summary = entry.summary.map { converter.convert($0, baseURL: base).markdown.text.collapsingWhitespace }
        return ConvertedEntry(markdown: body.markdown.text, diagnostics: body.diagnostics, summary: summary)
    }

    /// One entry as a draft article file from its conversion `converted`, the converter's
    /// diagnostics placed at the entry.
    static func draft(from entry: FeedEntry, file: String, converted: ConvertedEntry, language: String? = nil,
                      feed: String? = nil) -> (Draft, [Diagnostic]) {
        let base = baseAddress(of: entry)
        var diagnostics = converted.diagnostics.map { $0.located(file: file, item: entry.location) }
        if converted.markdown.trimmingWhitespace.isEmpty {
            diagnostics.append(Diagnostic(.warning, file: file, item: entry.location, "the article has no text left after cleaning",
                                          hint: "check the feed item; it is published with its title only"))
        }
        var summary = converted.summary
        if let text = summary, text.count > 600 {
            summary = nil  // a whole article in <description> is no summary
            diagnostics.append(Diagnostic(.note, file: file, item: entry.location, "description of \(text.count) characters not used as the summary",
                                          hint: "pages show the first words of the article instead"))
        }
        let matter = FrontMatter(
            title: entry.title.collapsingWhitespace, date: entry.published ?? entry.updated,
            updated: entry.published == nil || entry.updated == entry.published ? nil : entry.updated,
            source: entry.link, id: entry.guid ?? entry.link, author: entry.author, tags: entry.tags,
            summary: summary.flatMap { $0.isEmpty ? nil : $0 }, draft: entry.isDraft, slug: entry.slug,
            image: entry.image.flatMap { leadImage($0, base: base, file: file, entry: entry, log: &diagnostics) }, isPage: entry.isPage,
            language: language, feed: feed)
        let draft = Draft(file: ArticleFile(frontMatter: matter, body: Markdown(converted.markdown)),
                          origin: "\(file): \(entry.location)", fileSlug: nil, isContentFile: false)
        return (draft, diagnostics)
    }

    /// The lead image's web address, made absolute against `base` when it is relative; any
    /// other kind of address (`data:`, `javascript:`, `file:`) is left out with a note.
    static func leadImage(_ image: String, base: String?, file: String, entry: FeedEntry, log: inout [Diagnostic]) -> String? {
        let trimmed = image.trimmingWhitespace
        if trimmed.isWebAddress { return trimmed }
        if URLScheme.of(trimmed) == nil, let base = base.flatMap(URL.init(string:)),
           let resolved = URL(string: trimmed, relativeTo: base)?.absoluteString, resolved.isWebAddress {
            return resolved
        }
        log.append(Diagnostic(.note, file: file, item: entry.location, "lead image \"\(trimmed.prefix(80))\" not kept: only http and https addresses are",
                              hint: "give the item's image as a web address in the feed"))
        return nil
    }

    /// The entry with a relative link (`/2024/06/story/`) made absolute against the channel's link.
    static func absoluteLink(_ entry: FeedEntry, channel: String?) -> FeedEntry {
        guard let link = entry.link, webBase(link) == nil, let channel, let base = webBase(channel).flatMap(URL.init(string:)),
              let resolved = URL(string: link, relativeTo: base)?.absoluteString, webBase(resolved) != nil else { return entry }
        var copy = entry
        copy.link = resolved
        return copy
    }

    /// The item's link when it is an absolute http(s) address: the base for its relative URLs.
    static func webBase(_ link: String) -> String? { link.isWebAddress ? link : nil }
}
