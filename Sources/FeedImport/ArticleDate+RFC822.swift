import ArticleModel

extension ArticleDate {
    /// Parses an RFC 822 / RFC 2822 date as feeds really write it, keeping its offset:
    ///
    /// ```
    /// ArticleDate(rfc822: "Fri, 28 Jun 2024 12:22:37 +0000")?.iso8601 == "2024-06-28T12:22:37+00:00"
    /// ArticleDate(rfc822: "5 Jan 24 09:05 PDT")?.iso8601 == "2024-01-05T09:05:00-07:00"
    /// ArticleDate(rfc822: "Thursday, 01-Jan-2004 9:05 am (PST)")?.iso8601 == "2004-01-01T09:05:00-08:00"
    /// ```
    ///
    /// The weekday is optional (and not checked), the day may have one digit, the year two
    /// (00–49 mean 20xx), seconds are optional, month names may be long, and the zone may be a
    /// name (`GMT`, `EST`, `CEST`, `JST`, military letters, …), `+hhmm`, `+hh:mm`, `+hh` or
    /// `GMT+1`; no zone means UTC. The same reader takes asctime, JavaScript's `Date.toString`
    /// and year-first dates with a zone name; see ``RFC822Scanner``. Nil when the text is not
    /// such a date.
    public init?(rfc822 text: String) {
        var scanner = RFC822Scanner(text)
        guard let date = scanner.scan() else { return nil }
        self = date
    }
}
