import ArticleModel
import Foundation
import MarkupTree

/// Reads Atom 1.0 (RFC 4287).
///
/// Per entry: `title` (type `text`, `html` or `xhtml`), `link rel="alternate"` (or without
/// `rel`), `id`, `published` and `updated` (RFC 3339), `author/name` (else the feed's),
/// every `category term`, `summary`, `content`. The body is `content` when present, with
/// `summary` as the summary; else `summary`.
enum AtomReader {
    /// Reads `data`, an Atom document; `file` names it in diagnostics.
    static func read(_ data: Data, file: String) -> FeedImportResult {
        let source = XMLSource(data, file: file)
        guard let root = source.root else { return FeedImportResult(feed: nil, diagnostics: source.diagnostics) }
        let entries = root.children("entry")
        let lines = TagLineScanner.lines(of: "entry", in: source.bytes)
        let feedAuthor = root.child("author")?.text(of: "name")
        var assembler = EntryAssembler(file: file)
        var imported: [FeedEntry] = []
        for (offset, entry) in entries.enumerated() {
            var raw = rawItem(entry, index: offset + 1, line: offset < lines.count ? lines[offset] : nil)
            raw.author = raw.author ?? feedAuthor
            if let made = assembler.entry(from: raw) { imported.append(made) }
        }
        if entries.isEmpty {
            assembler.report(Diagnostic(.warning, "the feed has no entries",
                                        hint: "check that it is the feed you meant"))
        }
        var feed = Feed(format: .atom,
                        title: text(root.child("title")).map(PlainText.of),
                        link: link(root),
                        description: text(root.child("subtitle")).map(PlainText.of),
                        language: root.attribute("lang"),
                        updated: root.text(of: "updated").flatMap(FeedDate.parse))
        feed.entries = imported
        return FeedImportResult(feed: feed, diagnostics: source.diagnostics + assembler.diagnostics)
    }

    private static func rawItem(_ entry: MarkupElement, index: Int, line: Int?) -> RawItem {
        let summary = text(entry.child("summary"))
        let content = text(entry.child("content"))
        let hasContent = !(content?.trimmingWhitespace.isEmpty ?? true)
        let updated = entry.text(of: "updated")
        return RawItem(index: index, line: line,
                       title: text(entry.child("title")),
                       link: link(entry),
                       guid: entry.text(of: "id")?.trimmingWhitespace,
                       published: entry.text(of: "published"),
                       updated: updated,
                       author: entry.child("author")?.text(of: "name"),
                       tags: entry.children("category").compactMap { $0.attribute("term") },
                       summary: hasContent ? summary : nil,
                       body: hasContent ? content : summary)
    }

    /// The `href` of the first `link` with `rel="alternate"` or no `rel`.
    private static func link(_ element: MarkupElement) -> String? {
        element.children("link").first { ($0.attribute("rel") ?? "alternate") == "alternate" }?
            .attribute("href")?.trimmingWhitespace
    }

    /// An Atom text construct as HTML: `html` as written, `xhtml` as the inner HTML of its
    /// `div`, `text` (the default) escaped.
    static func text(_ element: MarkupElement?) -> String? {
        guard let element else { return nil }
        switch element.attribute("type") {
        case "html"?, "text/html"?:
            return element.textContent
        case "xhtml"?, "application/xhtml+xml"?:
            let div = element.child("div")
            return MarkupSerializer.innerHTML(div ?? element)
        default:
            return MarkupSerializer.escapeText(element.textContent)
        }
    }
}
