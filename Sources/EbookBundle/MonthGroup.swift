/// The articles of one calendar month, newest first, with the section page that heads them.
struct MonthGroup: Sendable {
    /// The year, such as 2024.
    var year: Int
    /// The month, 1 to 12.
    var month: Int
    /// The articles, newest first.
    var entries: [BookEntry]

    /// `June 2024`.
    var label: String { DateText.month(year: year, month: month) }

    /// `month-2024-06`: the id of the month's section in the digest and its EPUB page name.
    var anchor: String { "month-\(year)-" + (month < 10 ? "0\(month)" : "\(month)") }

    /// The month's section page in the EPUB.
    var fileName: String { anchor + ".xhtml" }
}
