import ArticleModel

/// Reads and writes the text form of an article file: YAML front matter between `---` lines,
/// a blank line, then the Markdown body.
///
/// Writing is deterministic (fixed key order, strings double-quoted, dates as ISO 8601 with
/// their original offset), so re-importing the same feed writes byte-identical files, and
/// `parse(text(of: file)) == file`.
public enum ArticleFileFormat {
    /// The front matter keys Broadsheet knows.
    public static let keys: Set<String> = ["title", "date", "updated", "source", "id", "author", "tags", "auto_tags", "summary", "image", "page", "draft", "slug", "language", "feed"]

    /// The file's text.
    public static func text(of file: ArticleFile) -> String {
        let m = file.frontMatter
        var out = "---\n"
        out += "title: \(quoted(m.title))\n"
        if let date = m.date { out += "date: \(date.iso8601)\n" }
        if let updated = m.updated { out += "updated: \(updated.iso8601)\n" }
        if let source = m.source { out += "source: \(quoted(source))\n" }
        if let id = m.id { out += "id: \(quoted(id))\n" }
        if let feed = m.feed { out += "feed: \(quoted(feed))\n" }
        if let author = m.author { out += "author: \(quoted(author))\n" }
        if let language = m.language { out += "language: \(quoted(language))\n" }
        if !m.tags.isEmpty { out += "tags: [\(m.tags.map(quoted).joined(separator: ", "))]\n" }
        if m.autoTags { out += "auto_tags: true\n" }
        if let summary = m.summary { out += "summary: \(quoted(summary))\n" }
        if let image = m.image { out += "image: \(quoted(image))\n" }
        if m.isPage { out += "page: true\n" }
        if m.draft { out += "draft: true\n" }
        if let slug = m.slug { out += "slug: \(quoted(slug))\n" }
        out += "---\n\n"
        let body = normalizedBody(file.body.text.split(omittingEmptySubsequences: false, whereSeparator: isLineBreak))
        return body.isEmpty ? out : out + body + "\n"
    }

    /// Parses a file's text; `file` names it in errors. Unknown keys give warnings.
    public static func parse(_ text: String, file: String) throws(SiteFileError) -> (ArticleFile, [Diagnostic]) {
        let (yaml, body) = try split(text, file: file)
        let fields = try YAMLFields(yaml: yaml, file: file, lineOffset: 1)
        guard let title = try fields.string("title")?.trimmingWhitespace, !title.isEmpty else {
            throw SiteFileError(file: file, line: 1, "no `title` in the front matter",
                                hint: "add a line `title: \"...\"` between the `---` lines")
        }
        var warnings = fields.unknownKeys(known: keys)
        let matter = FrontMatter(
            title: title, date: try fields.date("date"), updated: try fields.date("updated"),
            source: try fields.string("source"), id: try fields.string("id"), author: try fields.string("author"),
            tags: try fields.strings("tags"), summary: try fields.string("summary"),
            draft: try fields.bool("draft") ?? false, slug: try fields.string("slug"),
            image: try fields.string("image"), isPage: try fields.bool("page") ?? false,
            autoTags: try fields.bool("auto_tags") ?? false, language: try language(fields, warnings: &warnings),
            feed: try fields.string("feed").map(\.trimmingWhitespace).flatMap { $0.isEmpty ? nil : $0 })
        return (ArticleFile(frontMatter: matter, body: Markdown(body)), warnings)
    }

    /// `language:` as a language tag (`de`, `pt-BR`); a value of another shape is reported
    /// and left out, so the article is shown in the site's language.
    private static func language(_ fields: YAMLFields, warnings: inout [Diagnostic]) throws(SiteFileError) -> String? {
        guard let text = try fields.string("language") else { return nil }
        if let tag = LanguageTag.normalized(text) { return tag }
        warnings.append(Diagnostic(.warning, file: fields.file, line: fields.line(of: "language"),
                                   "`language` \"\(text.prefix(40))\" is not a language code; ignored",
                                   hint: "give a code such as de, en-GB or ar, or leave the line out for the site's language"))
        return nil
    }

    /// Splits front matter from body. The text must open with a `---` line.
    private static func split(_ text: String, file: String) throws(SiteFileError) -> (String, String) {
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: isLineBreak)
        if lines.first?.hasPrefix("\u{FEFF}") == true { lines[0] = lines[0].dropFirst() }
        guard lines.first?.trimmingWhitespaceSubstring == "---" else {
            throw SiteFileError(file: file, line: 1, "no front matter",
                                hint: "start the file with a `---` line, then `title: ...`, then another `---` line")
        }
        guard let end = lines.dropFirst().firstIndex(where: { $0.trimmingWhitespaceSubstring == "---" || $0 == "..." }) else {
            throw SiteFileError(file: file, line: 1, "the front matter is never closed",
                                hint: "add a `---` line after the last front matter line")
        }
        let yaml = lines[1..<end].joined(separator: "\n")
        let body = normalizedBody(lines[(end + 1)...])
        return (yaml, body.isEmpty ? "" : body + "\n")
    }

    /// What ends a line of an article file, for writing and reading alike (so that what is
    /// written reads back the same): `\n`, `\r\n` or a lone `\r`, the line ends of CommonMark.
    /// Other separators (U+2028, form feeds) are characters of the line.
    static func isLineBreak(_ character: Character) -> Bool { character == "\n" || character == "\r\n" || character == "\r" }

    /// The body's lines without leading blank lines and trailing whitespace; the first line
    /// keeps its indentation (it may open an indented code block).
    static func normalizedBody<Lines: Collection>(_ lines: Lines) -> String where Lines.Element == Substring {
        let text = lines.drop { $0.allSatisfy(\.isWhitespace) }.joined(separator: "\n")
        var end = text.endIndex
        while end > text.startIndex, text[text.index(before: end)].isWhitespace { end = text.index(before: end) }
        return String(text[..<end])
    }

    /// A YAML double-quoted scalar (also valid JSON).
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                // Escaped: everything YAML's reader rejects or folds (C0 and C1 controls, DEL,
                // line and paragraph separators, the BOM, U+FFFE and U+FFFF).
                let v = scalar.value
                if v < 0x20 || (0x7F...0x9F).contains(v) || v == 0x2028 || v == 0x2029 || v == 0xFEFF || v == 0xFFFE || v == 0xFFFF {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}

extension Substring {
    var trimmingWhitespaceSubstring: String { String(self).trimmingWhitespace }
}
