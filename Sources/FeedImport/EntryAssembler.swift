import ArticleModel

/// Checks a ``RawItem`` and turns it into a `FeedEntry`, reporting what it could not use.
/// An item with neither title nor body is skipped with an error; a missing title is derived
/// from the body with a warning; an unreadable date is dropped with a warning. Without a
/// publication date, the update date stands in.
struct EntryAssembler {
    /// The file name used in diagnostics.
    let file: String
    /// What was reported so far.
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String) { self.file = file }

    /// The entry made from `raw`, or nil when it had to be skipped.
    mutating func entry(from raw: RawItem) -> FeedEntry? {
        let body = nonEmpty(raw.body)
        let summary = nonEmpty(raw.summary)
        var title = nonEmpty(raw.title).map(PlainText.of) ?? ""
        guard !title.isEmpty || body != nil || summary != nil else {
            report(.error, raw, item: "item \(raw.index)", "has neither a title nor a body; skipped",
                   hint: "give the item a title or a description, or remove it")
            return nil
        }
        if title.isEmpty {
            title = PlainText.firstWords(of: PlainText.of(body ?? summary ?? ""))
            if title.isEmpty { title = "Untitled" }
            report(.warning, raw, item: location(raw.index, title), "has no title; used the first words of its text",
                   hint: "add a title to the item in the feed")
        }
        let location = location(raw.index, title)
        let updated = date(raw.updated, raw, location, field: "update date")
        let published = nonEmpty(raw.published) == nil
            ? updated : date(raw.published, raw, location, field: "publication date")
        return FeedEntry(
            title: title,
            link: nonEmpty(raw.link),
            guid: nonEmpty(raw.guid),
            published: published,
            updated: updated,
            author: nonEmpty(raw.author).map(PlainText.of),
            tags: uniqueTags(raw.tags),
            summary: body == nil ? nil : summary.map(HTMLFragment.init),
            body: HTMLFragment(body ?? summary ?? ""),
            location: location,
            image: nonEmpty(raw.image))
    }

    /// Adds a diagnostic about the whole file.
    mutating func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic.located(file: file))
    }

    /// `item 3 "Title"`.
    func location(_ index: Int, _ title: String) -> String { "item \(index) \"\(title)\"" }

    private mutating func date(_ text: String?, _ raw: RawItem, _ location: String, field: String) -> ArticleDate? {
        guard let text = nonEmpty(text) else { return nil }
        if let date = FeedDate.parse(text) { return date }
        report(.warning, raw, item: location, "could not read the \(field) \"\(text)\"; left it empty",
               hint: "write it like \"Fri, 28 Jun 2024 12:22:37 +0000\" or \"2024-06-28T12:22:37Z\"")
        return nil
    }

    private mutating func report(_ severity: Diagnostic.Severity, _ raw: RawItem, item: String, _ message: String,
                                 hint: String) {
        diagnostics.append(Diagnostic(severity, file: file, item: item, line: raw.line, message, hint: hint))
    }

    private func uniqueTags(_ tags: [String]) -> [String] {
        var seen = Set<String>()
        var out: [String] = []
        for tag in tags {
            let name = PlainText.of(tag)
            if !name.isEmpty, seen.insert(name.lowercased()).inserted { out.append(name) }
        }
        return out
    }

    private func nonEmpty(_ text: String?) -> String? {
        guard let trimmed = text?.trimmingWhitespace, !trimmed.isEmpty else { return nil }
        return trimmed
    }
}
