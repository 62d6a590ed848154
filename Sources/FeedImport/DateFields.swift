import ArticleModel

/// The civil fields of a written date as a reader collects them, before they are checked.
struct DateFields {
    var year = 0
    var month = 1
    var day = 1
    var hour = 0
    var minute = 0
    var second = 0
    /// The UTC offset in seconds, nil while none was written.
    var offset: Int?

    /// Years feeds can mean; anything else (`0100`, `0000`, five digits) is a mistake, not a date.
    static let years = 1000...9999

    /// The date, or nil when a field is out of range (month 13, hour 25, 30 February, year 0).
    func date(defaultOffset: Int = 0) -> ArticleDate? {
        guard DateFields.years.contains(year) else { return nil }
        return ArticleDate(year: year, month: month, day: day, hour: hour, minute: minute, second: second,
                           offsetSeconds: offset ?? defaultOffset)
    }
}
