import ArticleModel

/// An article file not yet placed: front matter and body, plus where it came from and the
/// file name it had (hand-written files keep their name as slug).
struct Draft: Sendable {
    /// The article file.
    var file: ArticleFile
    /// For diagnostics: `content/2024/a.md` or `feeds/x.xml: item 3 "Title"`.
    var origin: String
    /// The slug the file's name gives, for files in `content/`.
    var fileSlug: String?
    /// Whether it came from `content/` (which wins over a feed item with the same id).
    var isContentFile: Bool
}
