import ArticleModel

/// A section of the front page: one of the site's most used tags and its newest headlines.
struct FrontSection: Sendable, Equatable {
    /// The tag, with the name its newest article gives it.
    let tag: Tag
    /// How many articles have the tag.
    let count: Int
    /// Positions in ``SiteArchive/articles`` of its newest articles, newest first.
    let headlines: [Int]
}
