import ArticleModel

/// What ``FeedImporter/read(_:file:)`` made of one file: the feed (nil only when nothing at
/// all could be read) and everything worth telling the user, each naming the file and item.
public struct FeedImportResult: Sendable {
    /// The feed with the entries that could be read, or nil when the file could not be read at all.
    public var feed: Feed?
    /// Problems met: first those of the file as a whole (malformed XML, a wrong encoding), then
    /// those of its items in file order (skipped items are errors, fallbacks taken are warnings).
    public var diagnostics: [Diagnostic]

    /// Creates a result.
    public init(feed: Feed?, diagnostics: [Diagnostic]) {
        self.feed = feed
        self.diagnostics = diagnostics
    }
}
