import ArticleModel

extension ArticleDate {
    /// The date as RSS 2.0 writes it (RFC 822, with a four-digit year, as RFC 1123 has it), in
    /// its own offset: `Fri, 28 Jun 2024 12:22:37 +0530`. Day and month names are English,
    /// whatever the site's language: they are part of the format.
    var rfc822: String {
        let local = local
        let offset = abs(offsetSeconds)
        let zone = (offsetSeconds < 0 ? "-" : "+") + two(offset / 3600) + two(offset % 3600 / 60)
        return "\(Self.weekdays[local.weekday]), \(two(local.day)) \(CivilDate.monthNames[local.month - 1].prefix(3)) "
            + "\(String(zeroPadding: local.year, width: 4)) \(two(local.hour)):\(two(local.minute)):\(two(local.second)) \(zone)"
    }

    private static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]

    private func two(_ value: Int) -> String { String(zeroPadding: value, width: 2) }
}
