import ArticleModel

/// Reads `site.yml`. Every field is optional; unknown keys give warnings (a typo should not
/// pass silently), wrong types give errors with the line.
///
/// ```yaml
/// title: The Harbour Gazette
/// language: en
/// page_size: 10
/// sources: [feeds/gazette.rss.xml]
/// book:
///   title: The Gazette, autumn 2026
/// cleaning:
///   drop_text: ["^Advertisement$"]
/// ```
public enum SiteConfigFormat {
    static let topKeys: Set<String> = ["title", "description", "language", "base_url", "author", "page_size", "sources", "book", "cleaning"]
    static let bookKeys: Set<String> = ["enabled", "title", "author", "identifier", "limit"]
    static let cleaningKeys: Set<String> = ["drop_text", "drop_classes"]

    /// Parses the text of a `site.yml`; `file` names it in errors and warnings.
    public static func parse(_ text: String, file: String) throws(SiteFileError) -> (SiteConfig, [Diagnostic]) {
        let fields = try YAMLFields(yaml: text, file: file)
        var warnings = fields.unknownKeys(known: topKeys)
        let defaults = SiteConfig()
        var config = SiteConfig(
            title: try fields.string("title") ?? defaults.title,
            description: try fields.string("description") ?? "",
            language: try fields.string("language") ?? defaults.language,
            baseURL: try fields.string("base_url") ?? "",
            author: try fields.string("author"),
            pageSize: try fields.int("page_size") ?? defaults.pageSize,
            sources: try fields.strings("sources"))
        if let pageSize = try fields.int("page_size"), pageSize < 1 {
            throw SiteFileError(file: file, line: fields.line(of: "page_size"), "`page_size` must be 1 or more")
        }
        if let book = try fields.fields("book") {
            warnings += book.unknownKeys(known: bookKeys, section: "book")
            config.book = BookOptions(enabled: try book.bool("enabled") ?? true, title: try book.string("title") ?? "",
                                      author: try book.string("author"), identifier: try book.string("identifier") ?? "",
                                      limit: try book.int("limit") ?? 0)
        }
        if let cleaning = try fields.fields("cleaning") {
            warnings += cleaning.unknownKeys(known: cleaningKeys, section: "cleaning")
            config.cleaning = CleaningRules(dropText: try cleaning.strings("drop_text"),
                                            dropClasses: try cleaning.strings("drop_classes"))
        }
        return (config, warnings)
    }
}
