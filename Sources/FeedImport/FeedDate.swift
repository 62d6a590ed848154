import ArticleModel

/// Reads every date form feeds are known to write, the ones Python's feedparser reads, and
/// keeps the offset each was written with (feedparser drops it):
///
/// ```
/// FeedDate.parse("Thu, 01 Jan 2004 10:00:00 +0100")?.iso8601 == "2004-01-01T10:00:00+01:00"
/// FeedDate.parse("2003-335")?.iso8601 == "2003-12-01T00:00:00+00:00"
/// FeedDate.parse("Sun Jan  4 16:29:06 PST 2004")?.iso8601 == "2004-01-04T16:29:06-08:00"
/// ```
///
/// Text starting with a digit is tried as ISO 8601 / W3C-DTF first (``ISO8601Scanner`` in its
/// lenient mode); everything else, and what that does not read, goes to ``RFC822Scanner``
/// (RFC 822 and its variants, asctime, JavaScript, year-first dates with zone names, Greek,
/// Hungarian and Korean forms). A date whose year is outside 1000…9999, or whose fields are
/// out of range, is no date. Day-first and month-first numeric dates (`10/01/2020`) are
/// ambiguous and not read; neither are forms that need today's date (`--12-31`).
enum FeedDate {
    /// The longest date read, in UTF-8 bytes, once the whitespace around it is trimmed; longer
    /// text is no date, which keeps every reader linear.
    static let maximumLength = 200

    /// The date in `text`, or nil when it is no date this reader knows.
    static func parse(_ text: String) -> ArticleDate? {
        let trimmed = text.trimmingWhitespace
        guard !trimmed.isEmpty, trimmed.utf8.count <= maximumLength else { return nil }
        guard let date = iso8601(trimmed) ?? ArticleDate(rfc822: trimmed),
              DateFields.years.contains(date.local.year) else { return nil }
        return date
    }

    private static func iso8601(_ text: String) -> ArticleDate? {
        guard let first = text.utf8.first, first >= 0x30, first <= 0x39 else { return nil }
        var scanner = ISO8601Scanner(text, lenient: true)
        return scanner.scan()
    }
}
