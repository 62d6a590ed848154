/// A part of the book, headed by its own section page: the articles of one calendar month,
/// newest first, or the undated articles, by title, after every month.
struct BookSection: Sendable {
    /// Which articles a section holds.
    enum Kind: Hashable, Sendable {
        /// The articles dated in `month` (1 to 12) of `year`, in their own offset.
        case month(year: Int, month: Int)
        /// The articles without a date.
        case undated
    }

    /// Which articles it holds.
    var kind: Kind
    /// The articles, in reading order.
    var entries: [BookEntry]
    /// Its heading in the book's language: `June 2024`, `Juni 2024`, or `Undated`.
    var label: String

    /// `month-2024-06` or `undated`: the id of the section in the digest and its EPUB page name.
    var anchor: String {
        switch kind {
        case let .month(year, month): return "month-\(year)-" + (month < 10 ? "0\(month)" : "\(month)")
        case .undated: return "undated"
        }
    }

    /// The section's page in the EPUB.
    var fileName: String { anchor + ".xhtml" }
}
