import ArticleModel
import SiteBuild

/// The step that turns drafts into articles: one per id, dated, undated or standalone pages,
/// unique slugs.
enum ResolveSteps {
    /// Drops drafts marked `draft: true` (unless `includeDrafts`, as `build --drafts` asks) and
    /// duplicates (a file in `content/` wins over a feed item with the same id; otherwise the
    /// first wins), keeps articles without a date as undated (one note each), and makes every
    /// `YYYY/slug`, `undated/slug` and `pages/slug` key unique; a page's slug never names one
    /// of the site's own folders.
    static func articles(from drafts: [Draft], defaultAuthor: String?, includeDrafts: Bool = false, log: inout [Diagnostic]) -> [Article] {
        // Duplicates first, then drafts: a file marked `draft: true` also hides the feed's version.
        let kept = firstOfEachID(drafts, log: &log).filter { includeDrafts || !$0.file.frontMatter.draft }
        var takenByFolder: [String: Set<String>] = [:]
        return kept.map { draft in
            let matter = draft.file.frontMatter
            if matter.date == nil && !matter.isPage {
                log.append(Diagnostic(.note, file: draft.origin, "no date: published as undated",
                                      hint: "add `date:` to the front matter or a pubDate to the feed item to file it under its year"))
            }
            let date = matter.date
            let source = matter.source.flatMap { webAddress($0, origin: draft.origin, log: &log) }
            let image = matter.image.flatMap { imageAddress($0, origin: draft.origin, log: &log) }
            let base = Slug(matter.slug ?? draft.fileSlug ?? matter.title)
            let folder = Article.folder(for: date, isPage: matter.isPage)
            let slug = uniqueSlug(base, isPage: matter.isPage, folder: folder, taken: &takenByFolder, origin: draft.origin, log: &log)
            return Article(title: matter.title, slug: slug, date: date, updated: matter.updated,
                           author: matter.author ?? defaultAuthor, tags: uniqueTags(matter.tags), summary: matter.summary,
                           source: source, id: matter.id.flatMap { safeID($0, origin: draft.origin, log: &log) }, body: draft.file.body,
                           origin: draft.origin, image: image, isPage: matter.isPage, language: matter.language,
                           feed: matter.feed)
        }
    }

    /// `base`, or `base-2`, `base-3`, … when another article of `folder` has it, or, for a
    /// standalone page (published at the top of the site), when it names one of the site's own
    /// folders (``SiteBuilder/isReservedPageSlug(_:)``); a changed slug is reported.
    static func uniqueSlug(_ base: Slug, isPage: Bool, folder: String, taken: inout [String: Set<String>],
                           origin: String, log: inout [Diagnostic]) -> Slug {
        let reserved = isPage && SiteBuilder.isReservedPageSlug(base.value)
        let slug = base.unique(among: taken[folder, default: []].union(reserved ? [base.value] : []))
        taken[folder, default: []].insert(slug.value)
        guard slug != base else { return slug }
        if !isPage {
            log.append(Diagnostic(.warning, file: origin, "the address \(folder)/\(base.value) is taken by another article; published as \(folder)/\(slug.value)",
                                  hint: "give one of them a `slug:` of its own"))
        } else if reserved {
            log.append(Diagnostic(.warning, file: origin, "the page address \(base.value)/ is one of the site's own folders; published as \(slug.value)/",
                                  hint: "give the page a `slug:` of its own"))
        } else {
            log.append(Diagnostic(.warning, file: origin, "the page address \(base.value)/ is taken by another page; published as \(slug.value)/",
                                  hint: "give one of them a `slug:` of its own"))
        }
        return slug
    }

    /// One draft per id, in order. A file in `content/` replaces a feed item with the same id
    /// (that is how imported articles are edited); any other duplicate is dropped and reported.
    static func firstOfEachID(_ drafts: [Draft], log: inout [Diagnostic]) -> [Draft] {
        var byID: [String: Int] = [:]
        var kept: [Draft] = []
        for draft in drafts {
            guard let id = draft.file.frontMatter.id ?? draft.file.frontMatter.source else {
                kept.append(draft)
                continue
            }
            guard let index = byID[id] else {
                byID[id] = kept.count
                kept.append(draft)
                continue
            }
            if draft.isContentFile && !kept[index].isContentFile {
                kept[index] = draft
            } else if draft.isContentFile == kept[index].isContentFile {
                log.append(Diagnostic(.warning, file: draft.origin, "skipped: same id as \(kept[index].origin) (\"\(id.prefix(80))\")",
                                      hint: "two articles share an id (a feed guid or `id:` in front matter); give each its own, or remove one"))
            }
        }
        return firstOfEachArticle(kept, log: &log)
    }

    /// `text` when it is an http(s) address; anything else (`javascript:`, `file:`) is dropped and reported.
    static func webAddress(_ text: String, origin: String, log: inout [Diagnostic]) -> String? {
        let trimmed = text.trimmingWhitespace
        if trimmed.isWebAddress { return percentEncodingUnsafe(trimmed) }
        log.append(Diagnostic(.warning, file: origin, "source link \"\(trimmed.prefix(80))\" dropped: only http and https addresses are linked",
                              hint: "fix the item's link in the feed or `source:` in the front matter"))
        return nil
    }

    /// `text` when it is an http(s) address, for a lead image; anything else is dropped and reported.
    static func imageAddress(_ text: String, origin: String, log: inout [Diagnostic]) -> String? {
        let trimmed = text.trimmingWhitespace
        if trimmed.isWebAddress { return percentEncodingUnsafe(trimmed) }
        log.append(Diagnostic(.warning, file: origin, "lead image \"\(trimmed.prefix(80))\" dropped: only http and https addresses are shown",
                              hint: "fix `image:` in the front matter"))
        return nil
    }

    /// `id` unless it is a script or data URL, which no output should carry even as a name.
    static func safeID(_ id: String, origin: String, log: inout [Diagnostic]) -> String? {
        guard URLScheme.of(id)?.isScriptOrData == true else { return id }
        log.append(Diagnostic(.warning, file: origin, "id \"\(id.prefix(80))\" replaced: it is a script or data URL",
                              hint: "give the item a guid in the feed"))
        return nil
    }

    /// Spaces, quotes, angle brackets and backslashes percent-encoded, so the address can sit
    /// in any attribute as it is.
    static func percentEncodingUnsafe(_ address: String) -> String {
        var out = ""
        for scalar in address.unicodeScalars {
            switch scalar {
            case " ": out += "%20"
            case "\"": out += "%22"
            case "<": out += "%3C"
            case ">": out += "%3E"
            case "\\": out += "%5C"
            case "`": out += "%60"
            default:
                if scalar.properties.isWhitespace || scalar.value < 0x20 || scalar.value == 0x7F { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func uniqueTags(_ names: [String]) -> [Tag] {
        var seen: Set<Tag> = []
        return names.map(Tag.init).filter { !$0.name.isEmpty && seen.insert($0).inserted }
    }
}
