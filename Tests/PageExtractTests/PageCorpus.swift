import ArticleModel
import Foundation
import HTMLToMarkdown
import PageExtract

/// The test pages in `Pages/`: `NAME.html` beside `NAME.expected.md` (the article as the
/// standard converter writes it, title left out) and `NAME.meta.txt` (the metadata as
/// `key: value` lines, in ``metadataText(_:)``'s order, empty fields left out).
/// `RECORD_SNAPSHOTS=1` rewrites the expected files from what the code gives: review the diff.
enum PageCorpus {
    /// The folder of the pages, in the source tree (so recording writes there).
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Pages")

    /// The pages' names, without `.html`, sorted.
    static let names: [String] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { $0.hasSuffix(".html") }.map { String($0.dropLast(5)) }.sorted()
    }()

    /// Whether expected files are rewritten rather than compared.
    static let recording = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"

    /// The page's HTML.
    static func page(_ name: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(name + ".html"), encoding: .utf8)
    }

    /// The text of an expected file (`expected.md`, `meta.txt`), or "" when it is missing.
    static func expected(_ name: String, _ suffix: String) -> String {
        (try? String(contentsOf: folder.appendingPathComponent("\(name).\(suffix)"), encoding: .utf8)) ?? ""
    }

    /// Writes an expected file (when recording).
    static func record(_ text: String, _ name: String, _ suffix: String) throws {
        try Data(text.utf8).write(to: folder.appendingPathComponent("\(name).\(suffix)"))
    }

    /// The article of `html` as Markdown, converted as the pipeline converts it (knowing the
    /// page's title, author and date, as `build`, `import` and `convert` do).
    static func markdown(of page: ExtractedPage) -> String {
        let meta = page.metadata
        let base = meta.canonicalLink.flatMap { $0.isWebAddress ? $0 : nil }
        let context = ArticleContext(author: meta.byline, title: meta.title, date: meta.published ?? meta.updated)
        return HTMLToMarkdown.convert(page.content, rules: .standard, baseURL: base, context: context).markdown.text.trimmingWhitespace + "\n"
    }

    /// The whole page as Markdown, nothing extracted (the baseline the extraction is measured against).
    static func wholeMarkdown(_ html: String) -> String {
        HTMLToMarkdown.convert(HTMLFragment(html), rules: .standard).markdown.text
    }

    /// The metadata as `key: value` lines.
    static func metadataText(_ meta: PageMetadata) -> String {
        let fields: [(String, String?)] = [
            ("title", meta.title), ("authors", meta.authors.isEmpty ? nil : meta.authors.joined(separator: ", ")),
            ("published", meta.published?.iso8601), ("updated", meta.updated?.iso8601),
            ("description", meta.description), ("canonical", meta.canonicalLink), ("image", meta.image),
            ("tags", meta.tags.isEmpty ? nil : meta.tags.joined(separator: ", ")),
            ("language", meta.language), ("site", meta.siteName),
        ]
        return fields.compactMap { key, value in value.map { "\(key): \($0)\n" } }.joined()
    }
}
