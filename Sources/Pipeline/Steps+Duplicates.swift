import ArticleModel

extension ResolveSteps {
    /// One draft per article across feeds: an item of another file whose link is the same as
    /// an earlier one's after ``CanonicalLink`` (tracking parameters, `www.`, scheme and
    /// trailing slash aside), or whose title and date are, is the same article: the earlier
    /// copy is kept (files are read in name order) and the report says so. Within one file the
    /// importer has already decided (see `EntryAssembler`); files in `content/` are never
    /// dropped here.
    static func firstOfEachArticle(_ drafts: [Draft], log: inout [Diagnostic]) -> [Draft] {
        var byLink: [String: Draft] = [:]
        var byTitleAndDate: [String: Draft] = [:]
        var kept: [Draft] = []
        for draft in drafts {
            guard !draft.isContentFile else {
                kept.append(draft)
                continue
            }
            let matter = draft.file.frontMatter
            let link = matter.source.flatMap(CanonicalLink.of)
            let titleAndDate = matter.date.map { "\(matter.title.lowercased())\u{1F}\($0.epochSeconds)" }
            if let link, let first = byLink[link], feedFile(first) != feedFile(draft) {
                report(draft, first: first, why: "the same link", log: &log)
                continue
            }
            if let titleAndDate, let first = byTitleAndDate[titleAndDate], feedFile(first) != feedFile(draft) {
                report(draft, first: first, why: "the same title and date", log: &log)
                continue
            }
            if let link, byLink[link] == nil { byLink[link] = draft }
            if let titleAndDate, byTitleAndDate[titleAndDate] == nil { byTitleAndDate[titleAndDate] = draft }
            kept.append(draft)
        }
        return kept
    }

    private static func report(_ draft: Draft, first: Draft, why: String, log: inout [Diagnostic]) {
        log.append(Diagnostic(.note, file: draft.origin, "skipped: the same article as \(first.origin) (\(why)), which was read first and is kept",
                              hint: "nothing is lost; remove one of the copies from the feeds to silence this"))
    }

    /// The feed file a draft came from: its origin up to `: item`.
    private static func feedFile(_ draft: Draft) -> Substring {
        draft.origin.range(of: ": item ").map { draft.origin[..<$0.lowerBound] } ?? draft.origin[...]
    }
}
