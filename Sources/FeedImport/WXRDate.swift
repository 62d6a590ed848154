import ArticleModel

/// Reads WordPress's dates: `wp:post_date` is the site's local time and `wp:post_date_gmt`
/// the same moment in UTC, both `2024-06-28 12:22:37`; their difference is the site's offset.
enum WXRDate {
    /// What WordPress writes for a GMT time it never set (drafts).
    static let unset = "0000-00-00 00:00:00"

    /// The largest offset a time zone has (UTC+14).
    static let largestOffset = 14 * 3600

    /// ISO 8601 with the site's offset (`2024-06-28T12:22:37+05:30`) for a local time and its
    /// GMT twin; the offset is local − GMT rounded to the minute. Without a usable GMT time, the
    /// local time is taken as UTC; nil when the local time is missing or unreadable.
    static func iso8601(local: String?, gmt: String?) -> String? {
        guard let local, local != unset, let localDate = ArticleDate(iso8601: local) else { return nil }
        guard let gmt, gmt != unset, let gmtDate = ArticleDate(iso8601: gmt) else { return localDate.iso8601 }
        let seconds = localDate.epochSeconds - gmtDate.epochSeconds
        let offset = Int((Double(seconds) / 60).rounded()) * 60
        guard abs(offset) <= largestOffset else { return gmtDate.iso8601 }
        return ArticleDate(date: gmtDate.date, offsetSeconds: offset).iso8601
    }

    /// `modified` when it is later than `published`, else nil (a post never edited).
    static func later(_ modified: String?, than published: String?) -> String? {
        guard let modified, let after = ArticleDate(iso8601: modified) else { return nil }
        guard let published, let before = FeedDate.parse(published) else { return modified }
        return after.date > before.date ? modified : nil
    }
}
