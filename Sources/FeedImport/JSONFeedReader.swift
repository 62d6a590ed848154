import ArticleModel
import Foundation
import MarkupTree

/// Reads JSON Feed 1.0 and 1.1 (https://jsonfeed.org), with ``JSONTree``, which never rejects
/// a whole feed for one bad string, deep nesting or a cut end.
///
/// Per item: `id`, `url` (else `external_url`, else the first attachment's `url`), `title`
/// (plain text), `content_html` (else `content_text`, made into paragraphs), `summary` (plain
/// text), `date_published`, `date_modified`, `authors` (1.1; every name, joined with ", ") or
/// 1.0's `author` (else the feed's), `tags`, and the lead image: `image`, else `banner_image`,
/// else the first attachment whose `mime_type` is `image/…`. An item with no content but an
/// attachment is a link article pointing at the attachment. The feed's language is
/// `language`, else the first item's `language`.
enum JSONFeedReader {
    /// Reads `data`, a JSON Feed; `file` names it in diagnostics.
    static func read(_ data: Data, file: String) -> FeedImportResult {
        let bytes = [UInt8](data)
        let tree = JSONTree(bytes)
        guard let root = tree.root else {
            return failure(file, "could not read the JSON: it \(stopReason(tree.stop, bytes)), before any value")
        }
        guard let object = root.members else { return failure(file, "the JSON Feed is not a JSON object") }
        let items = object["items"]?.elements ?? []
        if let stop = tree.stop, items.isEmpty {
            return failure(file, "could not read the JSON: it \(stopReason(stop, bytes)), before any complete item")
        }
        var assembler = EntryAssembler(file: file)
        report(tree, items: items.count, bytes: bytes, to: &assembler)
        let lines = itemLines(tree.elementOffsets["items"] ?? [], in: bytes)
        let entries = read(items, lines: lines, feedAuthor: authorName(root), to: &assembler)
        if items.isEmpty {
            assembler.report(Diagnostic(.warning, "the feed has no items", hint: "check that it is the feed you meant"))
        }
        let feed = Feed(format: .jsonFeed,
                        title: object["title"]?.text.map(PlainText.of),
                        link: object["home_page_url"]?.text,
                        description: object["description"]?.text.map(PlainText.of),
                        language: object["language"]?.text ?? items.lazy.compactMap { $0["language"]?.text }.first,
                        entries: entries)
        return FeedImportResult(feed: feed, diagnostics: assembler.diagnostics)
    }

    private static func read(_ items: [JSONValue], lines: [Int], feedAuthor: String?,
                             to assembler: inout EntryAssembler) -> [FeedEntry] {
        var entries: [FeedEntry] = []
        for (offset, item) in items.enumerated() {
            let line = offset < lines.count ? lines[offset] : nil
            guard item.members != nil else {
                assembler.report(Diagnostic(.error, item: "item \(offset + 1)", line: line, "is not a JSON object; skipped",
                                            hint: "each entry of \"items\" must be an object"))
                continue
            }
            var raw = rawItem(item, index: offset + 1)
            raw.line = line
            raw.author = raw.author ?? feedAuthor
            if let entry = assembler.entry(from: raw) { entries.append(entry) }
        }
        return entries
    }

    private static func rawItem(_ item: JSONValue, index: Int) -> RawItem {
        let html = item["content_html"]?.text
        let text = item["content_text"]?.text
        let body = html ?? text.map { TextParagraphs.html(FlattenedTextReader.lines(of: $0)) }
        let summary = item["summary"]?.text.map(MarkupSerializer.escapeText)
        let attachments = item["attachments"]?.elements ?? []
        return RawItem(index: index,
                       title: item["title"]?.text.map(MarkupSerializer.escapeText),
                       link: item["url"]?.text ?? item["external_url"]?.text
                           ?? attachments.lazy.compactMap { $0["url"]?.text }.first,
                       guid: item["id"]?.text,
                       published: item["date_published"]?.text,
                       updated: item["date_modified"]?.text,
                       author: authorName(item),
                       tags: (item["tags"]?.elements ?? []).compactMap(\.text),
                       summary: body == nil ? nil : summary,
                       body: body ?? summary,
                       image: item["image"]?.text ?? item["banner_image"]?.text ?? imageAttachment(attachments))
    }

    /// The `url` of the first attachment whose `mime_type` is an image type.
    private static func imageAttachment(_ attachments: [JSONValue]) -> String? {
        attachments.lazy.filter { $0["mime_type"]?.text?.lowercased().hasPrefix("image/") ?? false }
            .compactMap { $0["url"]?.text }.first
    }

    /// Every name in `authors` (1.1) joined with ", ", else the name of `author` (1.0, or a
    /// plain string as some feeds write it).
    private static func authorName(_ object: JSONValue) -> String? {
        let names = (object["authors"]?.elements ?? []).compactMap { $0["name"]?.text ?? $0.text }
        if !names.isEmpty { return names.joined(separator: ", ") }
        return object["author"]?["name"]?.text ?? object["author"]?.text
    }

    /// Warnings about what ``JSONTree`` had to leave out.
    private static func report(_ tree: JSONTree, items: Int, bytes: [UInt8], to assembler: inout EntryAssembler) {
        if let stop = tree.stop {
            let complete = items == 1 ? "the 1 complete item" : "the \(items) complete items"
            assembler.report(Diagnostic(.warning, line: stop.line(in: bytes),
                                        "the JSON \(stopReason(stop, bytes)); kept \(complete) before it",
                                        hint: "check that the file is a complete JSON Feed"))
        }
        if let first = tree.firstCut {
            let place = JSONStop(offset: first, truncated: false).place(in: bytes)
            let count = tree.cutValues == 1 ? "1 value" : "\(tree.cutValues) values"
            assembler.report(Diagnostic(.warning, line: JSONStop(offset: first, truncated: false).line(in: bytes),
                                        "the JSON nests deeper than \(JSONTree.depthLimit) levels (first at \(place)); "
                                            + "left out \(count) nested that deep",
                                        hint: "feeds never need that much nesting; check how the file was made"))
        }
    }

    /// `ends early, at line 3, column 14` or `is broken at line 3, column 14`.
    private static func stopReason(_ stop: JSONStop?, _ bytes: [UInt8]) -> String {
        guard let stop else { return "holds no value" }
        let place = stop.place(in: bytes)
        return stop.truncated ? "ends early, at \(place)" : "is broken at \(place)"
    }

    /// The 1-based line of each offset in `offsets` (ascending), in one pass over `bytes`.
    private static func itemLines(_ offsets: [Int], in bytes: [UInt8]) -> [Int] {
        var lines: [Int] = []
        lines.reserveCapacity(offsets.count)
        var line = 1
        var index = 0
        for offset in offsets {
            while index < offset, index < bytes.count {
                if bytes[index] == 0x0A { line += 1 }
                index += 1
            }
            lines.append(line)
        }
        return lines
    }

    private static func failure(_ file: String, _ message: String) -> FeedImportResult {
        FeedImportResult(feed: nil, diagnostics: [
            Diagnostic(.error, file: file, message, hint: "check that the file is a complete JSON Feed"),
        ])
    }
}
