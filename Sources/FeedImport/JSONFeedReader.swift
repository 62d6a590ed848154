import ArticleModel
import Foundation
import MarkupTree

/// Reads JSON Feed 1.0 and 1.1 (https://jsonfeed.org).
///
/// Per item: `id`, `url`, `title` (plain text), `content_html` (else `content_text`, made into
/// paragraphs), `summary`, `date_published`, `date_modified`, `authors` (or 1.0's `author`,
/// else the feed's), `tags`.
enum JSONFeedReader {
    /// Reads `data`, a JSON Feed; `file` names it in diagnostics.
    static func read(_ data: Data, file: String) -> FeedImportResult {
        let object: [String: Any]
        do {
            guard let parsed = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
                return failure(file, "the JSON Feed is not a JSON object")
            }
            object = parsed
        } catch {
            return failure(file, "could not read the JSON: \(reason(error))")
        }
        let items = object["items"] as? [Any] ?? []
        let feedAuthor = authorName(object)
        var assembler = EntryAssembler(file: file)
        var entries: [FeedEntry] = []
        for (offset, item) in items.enumerated() {
            guard let fields = item as? [String: Any] else {
                assembler.report(Diagnostic(.error, item: "item \(offset + 1)", "is not a JSON object; skipped",
                                            hint: "each entry of \"items\" must be an object"))
                continue
            }
            var raw = rawItem(fields, index: offset + 1)
            raw.author = raw.author ?? feedAuthor
            if let entry = assembler.entry(from: raw) { entries.append(entry) }
        }
        if items.isEmpty {
            assembler.report(Diagnostic(.warning, "the feed has no items", hint: "check that it is the feed you meant"))
        }
        let feed = Feed(format: .jsonFeed,
                        title: string(object["title"]),
                        link: string(object["home_page_url"]),
                        description: string(object["description"]),
                        language: string(object["language"]),
                        entries: entries)
        return FeedImportResult(feed: feed, diagnostics: assembler.diagnostics)
    }

    private static func rawItem(_ item: [String: Any], index: Int) -> RawItem {
        let html = string(item["content_html"])
        let text = string(item["content_text"])
        let body = html ?? text.map { TextParagraphs.html(FlattenedTextReader.lines(of: $0)) }
        let summary = string(item["summary"]).map(MarkupSerializer.escapeText)
        return RawItem(index: index,
                       title: string(item["title"]).map(MarkupSerializer.escapeText),
                       link: string(item["url"]) ?? string(item["external_url"]),
                       guid: string(item["id"]),
                       published: string(item["date_published"]),
                       updated: string(item["date_modified"]),
                       author: authorName(item),
                       tags: (item["tags"] as? [Any] ?? []).compactMap(string),
                       summary: body == nil ? nil : summary,
                       body: body ?? summary)
    }

    /// The first name in `authors` (1.1), else `author` (1.0).
    private static func authorName(_ object: [String: Any]) -> String? {
        let authors = object["authors"] as? [Any] ?? []
        let author = authors.first ?? object["author"]
        return (author as? [String: Any]).flatMap { string($0["name"]) }
    }

    /// A string value, or a number written as text (ids may be numbers); nil when empty.
    private static func string(_ value: Any?) -> String? {
        let text: String?
        switch value {
        case let s as String: text = s
        case let n as NSNumber: text = n.stringValue
        default: text = nil
        }
        guard let trimmed = text?.trimmingWhitespace, !trimmed.isEmpty else { return nil }
        return trimmed
    }

    /// Foundation's detailed reason (with line and column) when it gives one.
    private static func reason(_ error: any Error) -> String {
        let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
        return detail ?? error.localizedDescription
    }

    private static func failure(_ file: String, _ message: String) -> FeedImportResult {
        FeedImportResult(feed: nil, diagnostics: [
            Diagnostic(.error, file: file, message, hint: "check that the file is a complete JSON Feed"),
        ])
    }
}
