import ArticleModel

/// The dates EPUB requires, written for machines. (Dates for readers, `28 June 2024`, are
/// ``ArticleModel/LocalFormats``', in the book's language.) Everything is computed from the
/// date's own fields, never from the clock or the time zone.
enum DateText {
    /// `2024-06-28`, in the date's own offset.
    static func isoDay(_ date: ArticleDate) -> String {
        let l = date.local
        return "\(String(zeroPadding: l.year, width: 4))-\(String(zeroPadding: l.month, width: 2))-\(String(zeroPadding: l.day, width: 2))"
    }

    /// `2024-06-28T12:22:37Z`, in UTC, as `dcterms:modified` requires: a four-digit year, so a
    /// date after 9999 is written as `9999-12-31T23:59:59Z` and one before year 1 as
    /// `0001-01-01T00:00:00Z`.
    static func utcStamp(_ date: ArticleDate) -> String {
        let u = CivilDate(epochSeconds: date.epochSeconds)
        if u.year > 9999 { return "9999-12-31T23:59:59Z" }
        if u.year < 1 { return "0001-01-01T00:00:00Z" }
        return "\(String(zeroPadding: u.year, width: 4))-\(String(zeroPadding: u.month, width: 2))-\(String(zeroPadding: u.day, width: 2))T"
            + "\(String(zeroPadding: u.hour, width: 2)):\(String(zeroPadding: u.minute, width: 2)):\(String(zeroPadding: u.second, width: 2))Z"
    }

    /// `2024-06-28` for `dc:date`: ``isoDay(_:)`` with the year kept to four digits, so a date
    /// after 9999 is written as `9999-12-31` and one before year 1 as `0001-01-01`.
    static func packageDay(_ date: ArticleDate) -> String {
        let year = date.local.year
        if year > 9999 { return "9999-12-31" }
        if year < 1 { return "0001-01-01" }
        return isoDay(date)
    }
}
