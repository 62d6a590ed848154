import ArticleModel
import Foundation
import MarkupTree

/// Checks a ``RawItem`` and turns it into a `FeedEntry`, reporting what it had to guess.
/// Nothing is refused for a missing field:
/// - no title: the first words of the body, else the last part of the link (a note);
/// - no title and no body, but a link or a lead image: a link article;
/// - no date (or one that cannot be read, with a warning showing it): the update date, else
///   the feed's own date (a note), else none: the article is published as undated;
/// - the same id twice in one file: an exact copy is dropped and counted, a different item is
///   kept under the id with `#2` added (a warning).
/// Only an item with no title, body, link or image is skipped.
struct EntryAssembler {
    /// The file name used in diagnostics.
    let file: String
    /// The feed's own date, for items that have none.
    let feedDate: ArticleDate?
    private var reported: [Diagnostic] = []
    private var seen: [String: [FeedEntry]] = [:]
    private var exactCopies = 0

    /// What was reported so far, with the count of exact copies dropped.
    var diagnostics: [Diagnostic] {
        guard exactCopies > 0 else { return reported }
        let copies = exactCopies == 1 ? "1 item that repeats an earlier one exactly" : "\(exactCopies) items that repeat earlier ones exactly"
        return reported + [Diagnostic(.note, file: file, "dropped \(copies)", hint: "the feed lists them twice; nothing is lost")]
    }

    /// An assembler for the items of `file`, whose channel is dated `feedDate` (if it is).
    init(file: String, feedDate: ArticleDate? = nil) {
        self.file = file
        self.feedDate = feedDate
    }

    /// The entry made from `raw`, or nil when it had to be skipped.
    mutating func entry(from raw: RawItem) -> FeedEntry? {
        let body = nonEmpty(raw.body)
        let summary = nonEmpty(raw.summary)
        let link = nonEmpty(raw.link)
        let image = nonEmpty(raw.image)
        guard nonEmpty(raw.title) != nil || body != nil || summary != nil || link != nil || image != nil else {
            report(.error, raw, item: "item \(raw.index)", "has no title, text, link or image; skipped",
                   hint: "give the item a title or a description, or remove it")
            return nil
        }
        let title = title(raw, body: body ?? summary, link: link ?? image)
        let location = location(raw.index, title)
        var entry = FeedEntry(
            title: title,
            link: link,
            guid: nonEmpty(raw.guid),
            published: nil,
            updated: date(raw.updated, raw, location, field: "update date"),
            author: nonEmpty(raw.author).map(PlainText.of),
            tags: uniqueTags(raw.tags),
            summary: body == nil ? nil : summary.map(HTMLFragment.init),
            body: HTMLFragment(body ?? summary ?? (nonEmpty(raw.title) == nil ? linkBody(link: link, image: image) : "")),
            location: location,
            image: image,
            slug: nonEmpty(raw.slug),
            isPage: raw.isPage,
            baseURL: nonEmpty(raw.baseURL))
        entry.published = publicationDate(raw, entry: entry)
        entry.isDraft = raw.isDraft
        return distinct(entry, raw)
    }

    /// The item's title as plain text, or one made from its text or link (with a note).
    private mutating func title(_ raw: RawItem, body: String?, link: String?) -> String {
        if let title = nonEmpty(raw.title).map(PlainText.of), !title.isEmpty { return title }
        var made = PlainText.firstWords(of: PlainText.of(body ?? ""))
        var from = "the first words of its text"
        if made.isEmpty, let link {
            made = Self.title(fromLink: link)
            from = "its web address"
        }
        if made.isEmpty { made = "Untitled" }
        report(.note, raw, item: location(raw.index, made), "has no title; made one from \(from)",
               hint: "add a title to the item in the feed")
        return made
    }

    /// `https://example.org/2024/06/budget-vote/` → `budget vote`; empty when the path says nothing.
    static func title(fromLink link: String) -> String {
        let path = link.split(separator: "?", maxSplits: 1).first.map(String.init) ?? link
        let parts = path.split(separator: "/").filter { !$0.contains(":") && !$0.isEmpty }
        guard parts.count > 1, let last = parts.last else { return "" }
        let name = String(last).removingPercentEncoding ?? String(last)
        let stem = name.split(separator: ".").first.map(String.init) ?? name
        return stem.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ").collapsingWhitespace
    }

    /// The body of an item that is only a link or an image.
    private func linkBody(link: String?, image: String?) -> String {
        if let link {
            let escaped = MarkupSerializer.escapeAttribute(link)
            return "<p><a href=\"\(escaped)\">\(MarkupSerializer.escapeText(link))</a></p>"
        }
        return image.map { "<p><img src=\"\(MarkupSerializer.escapeAttribute($0))\" alt=\"\"></p>" } ?? ""
    }

    /// The publication date, else the update date, else the feed's date (with a note); nil when none.
    private mutating func publicationDate(_ raw: RawItem, entry: FeedEntry) -> ArticleDate? {
        if let published = date(raw.published, raw, entry.location, field: "publication date") { return published }
        if let updated = entry.updated { return updated }
        guard let feedDate else { return nil }
        report(.note, raw, item: entry.location, "has no date; used the feed's date \(feedDate.iso8601)",
               hint: "add a pubDate (or published) to the item")
        return feedDate
    }

    /// `entry`, unless it repeats an earlier entry with the same id exactly (then nil, counted);
    /// an entry that differs keeps a distinct id (`#2`) and is reported.
    private mutating func distinct(_ entry: FeedEntry, _ raw: RawItem) -> FeedEntry? {
        guard let id = entry.guid ?? entry.link else { return entry }
        let earlier = seen[id, default: []]
        if earlier.contains(where: { $0.title == entry.title && $0.body == entry.body && $0.published == entry.published }) {
            exactCopies += 1
            return nil
        }
        seen[id, default: []].append(entry)
        guard !earlier.isEmpty else { return entry }
        var copy = entry
        copy.guid = "\(id)#\(earlier.count + 1)"
        report(.warning, raw, item: entry.location, "has the same id as an earlier item but other content; kept as \"\(copy.guid!.prefix(80))\"",
               hint: "give each item its own guid in the feed")
        return copy
    }

    /// Adds a diagnostic about the whole file.
    mutating func report(_ diagnostic: Diagnostic) {
        reported.append(diagnostic.located(file: file))
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
        reported.append(Diagnostic(severity, file: file, item: item, line: raw.line, message, hint: hint))
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
