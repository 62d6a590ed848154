import Foundation

/// A moment in time together with the UTC offset it was written in, so that
/// `Fri, 28 Jun 2024 12:22:37 +0530` keeps its `+05:30` all the way to the front matter.
public struct ArticleDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The instant.
    public var date: Date
    /// The offset from UTC, in seconds, the date was written with.
    public var offsetSeconds: Int

    /// Creates a date from an instant and the offset to show it in.
    public init(date: Date, offsetSeconds: Int = 0) {
        self.date = date
        self.offsetSeconds = offsetSeconds
    }

    /// Creates a date from local civil time fields and their UTC offset; nil when a field is out of range.
    public init?(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0,
                 offsetSeconds: Int = 0) {
        guard (1...12).contains(month), (1...CivilDate.daysIn(month: month, year: year)).contains(day),
              (0...23).contains(hour), (0...59).contains(minute), (0...60).contains(second),
              abs(offsetSeconds) < 24 * 3600 else { return nil }
        let days = CivilDate.daysFromEpoch(year: year, month: month, day: day)
        let local = days * 86_400 + hour * 3600 + minute * 60 + min(second, 59)
        self.init(date: Date(timeIntervalSince1970: TimeInterval(local - offsetSeconds)),
                  offsetSeconds: offsetSeconds)
    }

    /// Seconds since 1970 in UTC, rounded down to whole seconds.
    public var epochSeconds: Int { Int(date.timeIntervalSince1970.rounded(.down)) }

    /// The civil date and time in the date's own offset.
    public var local: CivilDate { CivilDate(epochSeconds: epochSeconds + offsetSeconds) }

    /// ISO 8601 with the original offset: `2024-06-28T12:22:37+00:00`.
    public var iso8601: String {
        let l = local
        let sign = offsetSeconds < 0 ? "-" : "+"
        let off = abs(offsetSeconds)
        return "\(pad(l.year, 4))-\(pad(l.month))-\(pad(l.day))T\(pad(l.hour)):\(pad(l.minute)):\(pad(l.second))"
            + "\(sign)\(pad(off / 3600)):\(pad(off % 3600 / 60))"
    }

    /// The same as ``iso8601``.
    public var description: String { iso8601 }

    /// Parses ISO 8601 / RFC 3339: `2024-06-28`, `2024-06-28T12:22`, `2024-06-28T12:22:37.5Z`,
    /// `2024-06-28 12:22:37+05:30`. A date without an offset is taken as UTC.
    public init?(iso8601 text: String) {
        var scanner = ISO8601Scanner(text)
        guard let parsed = scanner.scan() else { return nil }
        self = parsed
    }

    /// Earlier instants first; equal instants ordered by offset so sorting is total.
    public static func < (a: ArticleDate, b: ArticleDate) -> Bool {
        a.date != b.date ? a.date < b.date : a.offsetSeconds < b.offsetSeconds
    }
}

func pad(_ value: Int, _ width: Int = 2) -> String { String(zeroPadding: value, width: width) }
