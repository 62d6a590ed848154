import ArticleModel

/// Reads the dates feeds write: RFC 822 (RSS) or RFC 3339 (Atom, JSON Feed, some RSS).
enum FeedDate {
    /// The date in `text`, or nil when it is neither form.
    static func parse(_ text: String) -> ArticleDate? {
        let trimmed = text.trimmingWhitespace
        guard !trimmed.isEmpty else { return nil }
        if let first = trimmed.utf8.first, first >= 0x30, first <= 0x39, trimmed.utf8.count >= 10,
           Array(trimmed.utf8)[4] == UInt8(ascii: "-"), let date = ArticleDate(iso8601: trimmed) {
            return date
        }
        return ArticleDate(rfc822: trimmed) ?? ArticleDate(iso8601: trimmed)
    }
}
