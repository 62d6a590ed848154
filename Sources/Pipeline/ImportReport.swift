import ArticleModel

/// What `broadsheet import` did to `content/`.
public struct ImportReport: Sendable {
    /// Files written for the first time.
    public var created: [String] = []
    /// Files rewritten because the feed changed the article.
    public var updated: [String] = []
    /// Files that already held exactly this text.
    public var unchanged: [String] = []
    /// Files left alone because someone edited them (use --force to overwrite).
    public var keptEdited: [String] = []
    /// Everything worth telling.
    public var diagnostics: [Diagnostic] = []

    /// Creates an empty report.
    public init() {}
}
