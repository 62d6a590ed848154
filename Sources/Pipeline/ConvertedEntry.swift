import ArticleModel

/// What the convert step makes of one feed entry's HTML, kept by the build cache: the body's
/// Markdown with the converter's diagnostics (not yet placed at the entry), and the summary's.
/// The front matter is not kept: it is made again from the entry on every build.
struct ConvertedEntry: CacheCodable, Hashable {
    /// The body as clean Markdown.
    var markdown: String
    /// What the converter said about the body, before ``Diagnostic/located(file:item:)``.
    var diagnostics: [Diagnostic]
    /// The summary as Markdown with its whitespace collapsed, when the entry has one.
    var summary: String?

    /// The key of `entry`'s conversion with `rules` against the base address `base`: the body
    /// and summary HTML, and what the converter reads besides (title, author and date, which
    /// cleaning compares bylines and datelines with).
    static func key(of entry: FeedEntry, base: String?, rules: CleaningRules) -> String {
        var key = CacheKey("convert")
        key.add(rules.dropText)
        key.add(rules.dropClasses)
        key.add(rules.structural)
        key.add(rules.disabled)
        key.add(base)
        key.add(entry.author)
        key.add(entry.title)
        key.add(entry.published ?? entry.updated)
        key.add(entry.body.html)
        key.add(entry.summary?.html)
        return key.digest
    }

    /// Creates a conversion.
    init(markdown: String, diagnostics: [Diagnostic], summary: String?) {
        self.markdown = markdown
        self.diagnostics = diagnostics
        self.summary = summary
    }

    func write(to writer: inout CacheWriter) {
        writer.string(markdown)
        writer.diagnostics(diagnostics)
        writer.optional(summary)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Damaged) {
        self.init(markdown: try reader.string(), diagnostics: try reader.diagnostics(), summary: try reader.optional())
    }
}
