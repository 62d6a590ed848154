import ArticleModel
import Foundation
import MarkupTree

/// Reads RSS 2.0 (and 0.9x, and RSS 1.0 / RDF, whose items sit beside the channel).
///
/// Per item: `title`, `link`, `guid`, `pubDate` (or `dc:date`), `dc:creator` (or `author`),
/// every `category` (and `dc:subject`), `description`, `content:encoded`. The body is
/// `content:encoded` when present, with `description` as the summary; else `description`.
enum RSSReader {
    /// Reads `data`, an RSS or RDF document; `file` names it in diagnostics.
    static func read(_ data: Data, file: String, format: FeedFormat) -> FeedImportResult {
        let source = XMLSource(data, file: file)
        guard let root = source.root else { return FeedImportResult(feed: nil, diagnostics: source.diagnostics) }
        guard let channel = root.child("channel") else {
            let error = Diagnostic(.error, file: file,
                                   "the RSS has no <channel> element, so there is nothing to import",
                                   hint: "check that the file is a complete RSS feed")
            return FeedImportResult(feed: nil, diagnostics: source.diagnostics + [error])
        }
        // RSS 1.0 puts items beside the channel; some broken RSS 2.0 feeds do too.
        let inside = channel.children("item")
        let items = inside.isEmpty ? root.children("item") : inside
        let lines = TagLineScanner.lines(of: "item", in: source.bytes)
        var assembler = EntryAssembler(file: file)
        var entries: [FeedEntry] = []
        for (offset, item) in items.enumerated() {
            let raw = rawItem(item, index: offset + 1, line: offset < lines.count ? lines[offset] : nil)
            if let entry = assembler.entry(from: raw) { entries.append(entry) }
        }
        if items.isEmpty {
            assembler.report(Diagnostic(.warning, "the feed has no items", hint: "check that it is the feed you meant"))
        }
        var feed = channelFeed(channel, format: format)
        feed.entries = entries
        return FeedImportResult(feed: feed, diagnostics: source.diagnostics + assembler.diagnostics)
    }

    private static func channelFeed(_ channel: MarkupElement, format: FeedFormat) -> Feed {
        Feed(format: format,
             title: channel.text(of: "title").map(PlainText.of),
             link: channel.text(of: "link")?.trimmingWhitespace,
             description: channel.text(of: "description").map(PlainText.of),
             language: channel.text(of: "language")?.trimmingWhitespace,
             updated: channel.text(of: "lastBuildDate", "pubDate", "date").flatMap(FeedDate.parse))
    }

    private static func rawItem(_ item: MarkupElement, index: Int, line: Int?) -> RawItem {
        let description = item.text(of: "description")
        let content = item.text(of: "encoded")
        let hasContent = !(content?.trimmingWhitespace.isEmpty ?? true)
        let guid = item.text(of: "guid")?.trimmingWhitespace
        var link = item.text(of: "link")?.trimmingWhitespace
        if link?.isEmpty ?? true, let guid, item.child("guid")?.attribute("isPermaLink") != "false",
           guid.hasPrefix("http://") || guid.hasPrefix("https://") {
            link = guid
        }
        return RawItem(index: index, line: line,
                       title: item.text(of: "title"),
                       link: link,
                       guid: guid,
                       published: item.text(of: "pubDate", "date"),
                       author: item.text(of: "creator").map(PlainText.of) ?? item.text(of: "author").map(authorName),
                       tags: item.texts(of: "category") + item.texts(of: "subject"),
                       summary: hasContent ? description : nil,
                       body: hasContent ? content : description)
    }

    /// `jane@example.com (Jane Doe)` → `Jane Doe`; anything else as written.
    static func authorName(_ text: String) -> String {
        let trimmed = text.trimmingWhitespace
        guard trimmed.hasSuffix(")"), let open = trimmed.firstIndex(of: "(") else { return trimmed }
        let inside = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
        let name = String(inside).trimmingWhitespace
        return name.isEmpty ? trimmed : name
    }
}
