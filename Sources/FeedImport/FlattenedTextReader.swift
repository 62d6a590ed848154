import ArticleModel
import Foundation

/// Reads flattened feed text: an RSS feed whose tags were stripped (see ``FlattenedHeader``).
/// Each item is a header line followed by its paragraphs, separated by blank lines; lines
/// holding only `]]>` (ends of CDATA sections) are dropped. Each paragraph becomes `<p>…</p>`.
enum FlattenedTextReader {
    /// Whether `text` holds at least one item header line.
    static func looksFlattened(_ text: String) -> Bool {
        var first = true
        for line in lines(of: text) where !line.isEmpty {
            if FlattenedHeader(line, firstInFile: first) != nil { return true }
            first = false
        }
        return false
    }

    /// Reads `data`; `file` names it in diagnostics.
    static func read(_ data: Data, file: String) -> FeedImportResult {
        let (preamble, items) = items(in: lines(of: TextDecoder.text(data)))
        guard !items.isEmpty else {
            let error = Diagnostic(.error, file: file, "found no item header lines in the text",
                                   hint: "flattened feed text needs lines like "
                                       + "\"TITLE URL DATE URL Read More “TITLE” »\"")
            return FeedImportResult(feed: nil, diagnostics: [error])
        }
        var assembler = EntryAssembler(file: file)
        var feed = FlattenedChannel.feed(from: preamble)
        feed.entries = items.compactMap { assembler.entry(from: $0) }
        return FeedImportResult(feed: feed, diagnostics: assembler.diagnostics)
    }

    /// The text before the first item (the channel's fields) and the items, in file order.
    private static func items(in lines: [Substring]) -> (String, [RawItem]) {
        var preamble: [Substring] = []
        var items: [RawItem] = []
        var body: [Substring] = []
        for (offset, line) in lines.enumerated() {
            guard let header = FlattenedHeader(line, firstInFile: items.isEmpty) else {
                if items.isEmpty { preamble.append(line) } else { body.append(isCDATAEnd(line) ? "" : line) }
                continue
            }
            if items.isEmpty {
                preamble.append(Substring(header.preamble))
            } else {
                items[items.count - 1].body = TextParagraphs.html(body)
            }
            body = []
            items.append(RawItem(index: items.count + 1, line: offset + 1, title: header.title, link: header.link,
                                 guid: header.link, published: header.date))
        }
        if !items.isEmpty { items[items.count - 1].body = TextParagraphs.html(body) }
        return (preamble.joined(separator: " ").collapsingWhitespace, items)
    }

    /// Whether the line only ends a CDATA section (`]]>`), a leftover of the stripped tags.
    private static func isCDATAEnd(_ line: Substring) -> Bool {
        String(line).trimmingWhitespace == "]]>"
    }

    /// The lines of `text`, split at `\n` (a `\r` before it is dropped), over UTF-8 bytes.
    static func lines(of text: String) -> [Substring] {
        let utf8 = text.utf8
        var lines: [Substring] = []
        var start = utf8.startIndex
        var i = start
        while i < utf8.endIndex {
            if utf8[i] == 0x0A {
                lines.append(line(text, from: start, to: i))
                start = utf8.index(after: i)
            }
            i = utf8.index(after: i)
        }
        lines.append(line(text, from: start, to: utf8.endIndex))
        return lines
    }

    private static func line(_ text: String, from start: String.Index, to end: String.Index) -> Substring {
        var end = end
        if end > start, text.utf8[text.utf8.index(before: end)] == 0x0D { end = text.utf8.index(before: end) }
        return text[start..<end]
    }
}
