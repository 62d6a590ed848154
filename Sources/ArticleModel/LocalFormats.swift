import Foundation

/// How one language writes the dates, numbers and sizes readers see, through the platform's
/// ICU (Foundation's format styles): the one rule for dates on the site, in the book and in the
/// digest. One value per language, made once and shared (``of(_:)``), never one per date.
///
/// ```swift
/// let german = LocalFormats.of("de")
/// german.day(date)                    // "1. März 2024"
/// LocalFormats.of("ja").day(date)     // "2024年3月1日"
/// LocalFormats.of("en").day(date)     // "1 March 2024"
/// german.month(year: 2024, month: 3)  // "März 2024"
/// german.number(12_345)               // "12.345"
/// german.size(bytes: 4_404_019)       // "4,2 MB"
/// ```
///
/// A date is shown in its own offset (``ArticleDate/local``), in the Gregorian calendar
/// whatever the language's usual one, since the archive is ordered by Gregorian months. Digits
/// are those ICU uses for the locale: Western for `ar`, Arabic-Indic for `ar-EG`, Persian for
/// `fa`. Bare `en` is ICU's international English (`en-001`: `1 March 2024`); `en-US` writes
/// `March 1, 2024`.
public struct LocalFormats: Sendable {
    /// The language tag the formats are for.
    public let language: String
    private let locale: Locale
    private let dayStyle: Date.FormatStyle
    private let monthStyle: Date.FormatStyle
    private let monthNameStyle: Date.FormatStyle

    /// The formats of `language` (a language tag), made on first use and kept for the process.
    public static func of(_ language: String) -> LocalFormats {
        cache.formats(for: language)
    }

    private init(language: String) {
        self.language = language
        let tag = language.replacingOccurrences(of: "_", with: "-")
        locale = Locale(identifier: tag.lowercased() == "en" ? "en-001" : tag)
        let calendar = Calendar(identifier: .gregorian)
        let utc = TimeZone(secondsFromGMT: 0) ?? .gmt
        dayStyle = Date.FormatStyle(date: .long, time: .omitted, locale: locale, calendar: calendar, timeZone: utc)
        // Headings and labels: `Mars 2024`, not `mars 2024`, where the language capitalises so.
        let label = Date.FormatStyle(locale: locale, calendar: calendar, timeZone: utc, capitalizationContext: .standalone)
        monthStyle = label.month(.wide).year()
        monthNameStyle = label.month(.wide)
    }

    /// The day of `date` in its own offset: `1. März 2024`, `2024年3月1日`, `1 mars 2024`.
    public func day(_ date: ArticleDate) -> String {
        dayStyle.format(Self.civil(date))
    }

    /// A month of a year, as a heading or label: `März 2024`, `2024年3月`, `Mars 2024`.
    public func month(year: Int, month: Int) -> String {
        monthStyle.format(Self.midMonth(year: year, month: month))
    }

    /// The name of a month (1 to 12) on its own: `März`, `3月`, `Mars`.
    public func monthName(_ month: Int) -> String {
        monthNameStyle.format(Self.midMonth(year: 2000, month: month))
    }

    /// A count as the language writes it: `12.345` (de), `12 345` (fr), `۱۲٬۳۴۵` (fa).
    public func number(_ value: Int) -> String {
        value.formatted(IntegerFormatStyle<Int>(locale: locale))
    }

    /// A year as a label, in the language's digits but never grouped: `2024`, `۲۰۲۴` (fa).
    public func year(_ year: Int) -> String {
        year.formatted(IntegerFormatStyle<Int>(locale: locale).grouping(.never))
    }

    /// A file size in units of 1024 bytes: `412 kB`, `4,2 Mo` (fr), `500 bytes`.
    public func size(bytes: Int) -> String {
        Int64(bytes).formatted(ByteCountFormatStyle(style: .memory, allowedUnits: .all, spellsOutZero: false,
                                                    includesActualByteCount: false, locale: locale))
    }

    /// The date's local civil time as an instant in UTC, which the UTC formats then show as is.
    private static func civil(_ date: ArticleDate) -> Date {
        Date(timeIntervalSince1970: TimeInterval(date.epochSeconds + date.offsetSeconds))
    }

    /// Noon on the 15th of a month (1 to 12, clamped), in UTC.
    private static func midMonth(year: Int, month: Int) -> Date {
        let days = CivilDate.daysFromEpoch(year: year, month: min(max(month, 1), 12), day: 15)
        return Date(timeIntervalSince1970: TimeInterval(days * 86_400 + 12 * 3600))
    }

    private static let cache = Cache()

    /// The formats made so far, by language tag.
    private final class Cache: @unchecked Sendable {
        private let lock = NSLock()
        private var made: [String: LocalFormats] = [:]

        func formats(for language: String) -> LocalFormats {
            lock.lock()
            defer { lock.unlock() }
            if let formats = made[language] { return formats }
            let formats = LocalFormats(language: language)
            made[language] = formats
            return formats
        }
    }
}
