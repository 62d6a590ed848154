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
///   disable: [share-widgets, read-more]
/// ```
public enum SiteConfigFormat {
    static let topKeys: Set<String> = ["title", "description", "language", "base_url", "author", "page_size", "sources", "book", "cleaning", "auto_tags", "fetch",
                                      "feeds", "article_type"]
    static let bookKeys: Set<String> = ["enabled", "title", "author", "identifier", "limit", "digest_image_width", "digest_image_budget",
                                       "sections", "order"]
    static let cleaningKeys: Set<String> = ["drop_text", "drop_classes", "disable"]

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
            sources: try fields.strings("sources"),
            autoTags: try fields.bool("auto_tags") ?? defaults.autoTags)
        if let pageSize = try fields.int("page_size"), !(1...10_000).contains(pageSize) {
            throw SiteFileError(file: file, line: fields.line(of: "page_size"), "`page_size` must be between 1 and 10000")
        }
        if !config.baseURL.isEmpty && !isWebAddress(config.baseURL) {
            throw SiteFileError(file: file, line: fields.line(of: "base_url"), "`base_url` must be an https:// or http:// address with a host and no spaces or quotes",
                                hint: "write the address the site will be published at, such as https://example.com/news/, or leave it out")
        }
        if let book = try fields.fields("book") {
            if let limit = try book.int("limit"), limit < 0 {
                throw SiteFileError(file: file, line: book.line(of: "limit"), "`book.limit` must be 0 (all articles) or more")
            }
            warnings += book.unknownKeys(known: bookKeys, section: "book")
            let defaults = BookOptions()
            config.book = BookOptions(enabled: try book.bool("enabled") ?? true, title: try book.string("title") ?? "",
                                      author: try book.string("author"), identifier: try book.string("identifier") ?? "",
                                      limit: try book.int("limit") ?? 0,
                                      digestImageWidth: try digestImageWidth(book) ?? defaults.digestImageWidth,
                                      digestImageBudget: try digestImageBudget(book) ?? defaults.digestImageBudget,
                                      sections: choice("sections", in: book, default: defaults.sections, warnings: &warnings),
                                      order: choice("order", in: book, default: defaults.order, warnings: &warnings))
        }
        if let cleaning = try fields.fields("cleaning") {
            warnings += cleaning.unknownKeys(known: cleaningKeys, section: "cleaning")
            config.cleaning = CleaningRules(dropText: try cleaning.strings("drop_text"),
                                            dropClasses: try cleaning.strings("drop_classes"),
                                            disabled: try cleaning.strings("disable"))
        }
        if let feeds = try fields.fields("feeds") {
            config.feeds = try feedOptions(feeds, warnings: &warnings)
        }
        config.articleSchema = try articleSchema(fields)
        if let fetch = try fields.fields("fetch") {
            config.fetch = fetchOptions(fetch, warnings: &warnings)
        }
        return (config, warnings)
    }

    /// `book.digest_image_width`, checked against ``BookOptions/digestImageWidths``.
    private static func digestImageWidth(_ book: YAMLFields) throws(SiteFileError) -> Int? {
        guard let width = try book.int("digest_image_width") else { return nil }
        let range = BookOptions.digestImageWidths
        guard range.contains(width) else {
            throw SiteFileError(file: book.file, line: book.line(of: "digest_image_width"),
                                "`book.digest_image_width` must be between \(range.lowerBound) and \(range.upperBound) pixels, not \(width)")
        }
        return width
    }

    /// `book.digest_image_budget`: a size such as `25MB` (0 keeps pictures out of the digest).
    private static func digestImageBudget(_ book: YAMLFields) throws(SiteFileError) -> ByteSize? {
        guard let text = try book.string("digest_image_budget") else { return nil }
        guard let size = ByteSize(text: text) else {
            throw SiteFileError(file: book.file, line: book.line(of: "digest_image_budget"),
                                "`book.digest_image_budget` must be a size such as 25MB, 800KB or 0, not \"\(text.prefix(40))\"")
        }
        return size
    }

    /// The top-level keys a `site.yml` sets (empty when it cannot be read), so callers can
    /// tell a default from a value written out.
    public static func keys(in text: String) -> Set<String> {
        Set((try? YAMLFields(yaml: text, file: ""))?.keys ?? [])
    }

    /// An absolute http(s) address with a host and nothing that needs escaping in an attribute.
    public static func isWebAddress(_ text: String) -> Bool {
        text.isWebAddress && !text.contains { $0.isWhitespace || "\"'<>\\`".contains($0) }
    }
}
