import ArticleModel

/// A part of the book, headed by its own section page: the articles of one calendar month,
/// of one tag or of one feed (``ArticleModel/BookSectioning``), or the articles left over:
/// undated, untagged, or written for the site itself.
struct BookSection: Sendable {
    /// Which articles a section holds.
    enum Kind: Hashable, Sendable {
        /// The articles dated in `month` (1 to 12) of `year`, in their own offset.
        case month(year: Int, month: Int)
        /// The articles without a date, after every month.
        case undated
        /// The articles whose first tag is this one.
        case tag(Tag)
        /// The articles without a tag, after every tag.
        case untagged
        /// The articles imported from the feed with this title.
        case feed(String)
        /// The articles written for the site (no feed), after every feed.
        case ownArticles
    }

    /// Which articles it holds.
    var kind: Kind
    /// The articles, in reading order.
    var entries: [BookEntry]
    /// Its heading in the book's language: `June 2024`, `Juni 2024`, `Undated`, a tag's name,
    /// `Untagged`, a feed's title, or the site's title.
    var label: String
    /// The id of the section in the digest, unique in the book: `month-2024-06`, `undated`,
    /// `tag-harbour`, `untagged`, `feed-the-harbour-gazette` (`-2`, `-3` when two feed titles
    /// make one slug) or `own-articles`.
    var anchor: String
    /// The section's page in the EPUB: `month-2024-06.xhtml` and `undated.xhtml` for months,
    /// `section-001.xhtml` (numbered in reading order) for tags and feeds, so every file name
    /// of the book stays ASCII whatever the tags are.
    var fileName: String

    /// The section page's manifest id: its file name without `.xhtml`.
    var pageID: String { String(fileName.dropLast(".xhtml".count)) }
}
