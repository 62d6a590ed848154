import ArticleModel

extension SiteConfigFormat {
    static let feedKeys: Set<String> = ["entries", "tags"]

    /// The `feeds:` section: `entries` (1 to 1000) and `tags` (whether each tag has feeds).
    static func feedOptions(_ fields: YAMLFields, warnings: inout [Diagnostic]) throws(SiteFileError) -> FeedOptions {
        warnings += fields.unknownKeys(known: feedKeys, section: "feeds")
        let defaults = FeedOptions()
        let entries = try fields.int("entries") ?? defaults.entries
        guard (1...FeedOptions.maximumEntries).contains(entries) else {
            throw SiteFileError(file: fields.file, line: fields.line(of: "entries"),
                                "`feeds.entries` must be between 1 and \(FeedOptions.maximumEntries)")
        }
        return FeedOptions(entries: entries, tags: try fields.bool("tags") ?? defaults.tags)
    }

    /// `article_type`: `NewsArticle`, `BlogPosting` or `Article`.
    static func articleSchema(_ fields: YAMLFields) throws(SiteFileError) -> ArticleSchema {
        guard let text = try fields.string("article_type") else { return .news }
        guard let schema = ArticleSchema(rawValue: text) else {
            let names = ArticleSchema.allCases.map(\.rawValue).joined(separator: ", ")
            throw SiteFileError(file: fields.file, line: fields.line(of: "article_type"),
                                "`article_type` must be one of \(names), not \"\(text.prefix(40))\"")
        }
        return schema
    }
}
