/// Reads ISO 8601 dates over UTF-8 bytes, in one of two modes.
///
/// Strict (the default, what ``ArticleDate/init(iso8601:)`` and front matter use): RFC 3339 and
/// its near forms, `2024-06-28`, `2024-06-28T12:22`, `2024-06-28 12:22:37.5+05:30`.
///
/// Lenient (what feeds need, W3C-DTF and more of ISO 8601): also the reduced forms `2003` and
/// `2003-12`, the basic form `20031231`, ordinal dates `2003-335` and `2003335`, week dates
/// `2003-W01-1` and `2003W011`, Google's `2003-012-31`, two-digit years `03-12-31` and `031231`
/// (00–49 are 20xx), one-digit hours, minutes and seconds (`2004-07-13T9:15:3`), basic times
/// `T101455`, and after a time the zones `Z`, `+01`, `+0100`, `+01:00`, after a space too. Years outside
/// 1000…9999 are rejected in this mode.
public struct ISO8601Scanner {
    private let bytes: [UInt8]
    private var at = 0
    private let lenient: Bool

    /// A scanner over `text`; `lenient` also reads the reduced, basic, ordinal and week forms.
    public init(_ text: String, lenient: Bool = false) {
        bytes = Array(text.utf8)
        self.lenient = lenient
    }

    /// The date, or nil when the text is not one in this scanner's mode.
    public mutating func scan() -> ArticleDate? {
        lenient ? scanLenient() : scanStrict()
    }

    // MARK: Strict

    private mutating func scanStrict() -> ArticleDate? {
        skipSpaces()
        guard let year = number(4), expect(0x2D), let month = number(2), expect(0x2D),
              let day = number(2) else { return nil }
        var hour = 0, minute = 0, second = 0, offset = 0
        if at < bytes.count, bytes[at] == 0x54 || bytes[at] == 0x74 || bytes[at] == 0x20 {
            at += 1
            guard let h = number(2), expect(0x3A), let m = number(2) else { return nil }
            hour = h; minute = m
            if expect(0x3A) {
                guard let s = number(2) else { return nil }
                second = s
                skipFraction()
            }
            skipSpaces()
            if at < bytes.count {
                if bytes[at] == 0x5A || bytes[at] == 0x7A { at += 1 }
                else if bytes[at] == 0x2B || bytes[at] == 0x2D {
                    guard let o = zoneNumbers() else { return nil }
                    offset = o
                }
            }
        }
        skipSpaces()
        guard at == bytes.count else { return nil }
        return ArticleDate(year: year, month: month, day: day, hour: hour, minute: minute,
                           second: second, offsetSeconds: offset)
    }

    // MARK: Lenient

    private mutating func scanLenient() -> ArticleDate? {
        guard bytes.count <= 256 else { return nil }
        skipSpaces()
        guard let (year, month, day) = lenientDate(), (1000...9999).contains(year) else { return nil }
        var time = (0, 0, 0), offset = 0
        if startsTime() {
            guard let t = lenientTime() else { return nil }
            time = t
            skipSpaces()
            guard let o = lenientZone() else { return nil }
            offset = o
        }
        skipSpaces()
        guard at == bytes.count else { return nil }
        return ArticleDate(year: year, month: month, day: day, hour: time.0, minute: time.1, second: time.2,
                           offsetSeconds: offset)
    }

    /// The date part, chosen by the length of the first run of digits.
    private mutating func lenientDate() -> (Int, Int, Int)? {
        switch digitRun() {
        case 8: return (number(4)!, number(2)!, number(2)!)
        case 7: return ordinal(year: number(4)!, day: number(3)!)
        case 6: return (ISO8601Scanner.fullYear(twoDigits: number(2)!), number(2)!, number(2)!)
        case 4: return afterYear(number(4)!)
        case 2:
            let year = ISO8601Scanner.fullYear(twoDigits: number(2)!)
            guard expect(0x2D), digitRun() == 2, let month = number(2), expect(0x2D), digitRun() == 2,
                  let day = number(2) else { return nil }
            return (year, month, day)
        default: return nil
        }
    }

    /// What may follow a four-digit year: nothing, `-MM`, `-MM-DD`, `-DDD`, `-0MM-DD`, `-Www-D`, `Www`.
    private mutating func afterYear(_ year: Int) -> (Int, Int, Int)? {
        if isWeekMark() { return week(year: year) }
        guard expect(0x2D) else { return (year, 1, 1) }
        if isWeekMark() { return week(year: year) }
        switch digitRun() {
        case 3 where bytes[at] == 0x30 && at + 3 < bytes.count && bytes[at + 3] == 0x2D:  // 2003-012-31
            let month = number(3)!
            return dayAfterMonth(year: year, month: month)
        case 3:
            return ordinal(year: year, day: number(3)!)
        case 1, 2:
            let month = number(digitRun())!
            guard at < bytes.count, bytes[at] == 0x2D else { return (year, month, 1) }
            return dayAfterMonth(year: year, month: month)
        default:
            return nil
        }
    }

    private mutating func dayAfterMonth(year: Int, month: Int) -> (Int, Int, Int)? {
        guard expect(0x2D), (1...2).contains(digitRun()), let day = number(digitRun()) else { return nil }
        return (year, month, day)
    }

    /// `W01-1`, `W011`, `W01` (Monday): the ISO week date's civil day.
    private mutating func week(year: Int) -> (Int, Int, Int)? {
        at += 1
        guard digitRun() >= 2, let week = number(2) else { return nil }
        var weekday = 1
        if expect(0x2D) || digitRun() == 1 {
            guard digitRun() == 1, let d = number(1) else { return nil }
            weekday = d
        }
        return ISO8601Scanner.weekDate(year: year, week: week, weekday: weekday)
    }

    // MARK: Calendar

    /// A two-digit year as RFC 2822 reads it: 00–49 are 2000–2049, 50–99 are 1950–1999.
    public static func fullYear(twoDigits value: Int) -> Int { value < 50 ? 2000 + value : 1900 + value }

    /// Year, month and day of the `day`th day of `year` (1 is 1 January), nil past the year's end.
    private func ordinal(year: Int, day: Int) -> (Int, Int, Int)? {
        let length = CivilDate.daysIn(month: 2, year: year) == 29 ? 366 : 365
        guard (1...length).contains(day) else { return nil }
        return ISO8601Scanner.civil(CivilDate.daysFromEpoch(year: year, month: 1, day: 1) + day - 1)
    }

    /// Year, month and day of an ISO week date: week 1 is the week (Monday first) holding 4 January.
    private static func weekDate(year: Int, week: Int, weekday: Int) -> (Int, Int, Int)? {
        guard (1...7).contains(weekday), (1...weeks(in: year)).contains(week) else { return nil }
        let january4 = CivilDate.daysFromEpoch(year: year, month: 1, day: 4)
        let monday = january4 - isoWeekday(january4) + 1
        return civil(monday + (week - 1) * 7 + weekday - 1)
    }

    /// 53 when the year starts on a Thursday, or is a leap year starting on a Wednesday; else 52.
    private static func weeks(in year: Int) -> Int {
        let first = isoWeekday(CivilDate.daysFromEpoch(year: year, month: 1, day: 1))
        let leap = CivilDate.daysIn(month: 2, year: year) == 29
        return first == 4 || (leap && first == 3) ? 53 : 52
    }

    /// 1 for Monday to 7 for Sunday, of a day counted from 1970-01-01 (a Thursday).
    private static func isoWeekday(_ days: Int) -> Int { ((days % 7) + 7 + 3) % 7 + 1 }

    private static func civil(_ days: Int) -> (Int, Int, Int) {
        let date = CivilDate(epochSeconds: days * 86_400)
        return (date.year, date.month, date.day)
    }

    /// Whether a time follows: `T` or `t`, or spaces and then a digit.
    private mutating func startsTime() -> Bool {
        guard at < bytes.count else { return false }
        if bytes[at] == 0x54 || bytes[at] == 0x74 {
            at += 1
            return true
        }
        var next = at
        while next < bytes.count, bytes[next] == 0x20 { next += 1 }
        guard next > at, next < bytes.count, isDigit(bytes[next]) else { return false }
        at = next
        return true
    }

    /// `h[h][:m[m][:s[s]]]` with an optional fraction, or the basic `hhmm` and `hhmmss`.
    private mutating func lenientTime() -> (Int, Int, Int)? {
        let run = digitRun()
        if run == 4 || run == 6 {
            let hour = number(2)!, minute = number(2)!
            let second = run == 6 ? number(2)! : 0
            skipFraction()
            return (hour, minute, second)
        }
        guard (1...2).contains(run), let hour = number(run) else { return nil }
        var minute = 0, second = 0
        if expect(0x3A) {
            guard (1...2).contains(digitRun()), let m = number(digitRun()) else { return nil }
            minute = m
            if expect(0x3A) {
                guard (1...2).contains(digitRun()), let s = number(digitRun()) else { return nil }
                second = s
                skipFraction()
            }
        }
        return (hour, minute, second)
    }

    /// The offset of `Z`, `+hh`, `+hhmm`, `+hh:mm` (0 when there is none), nil when malformed.
    private mutating func lenientZone() -> Int? {
        guard at < bytes.count else { return 0 }
        if bytes[at] == 0x5A || bytes[at] == 0x7A {
            at += 1
            return 0
        }
        guard bytes[at] == 0x2B || bytes[at] == 0x2D else { return 0 }
        return zoneNumbers()
    }

    // MARK: Bytes

    /// `+hh`, `+hhmm`, `+hh:mm` at the cursor, which is on the sign.
    private mutating func zoneNumbers() -> Int? {
        let sign = bytes[at] == 0x2D ? -1 : 1
        at += 1
        guard let oh = number(2) else { return nil }
        _ = expect(0x3A)
        let om = number(2) ?? 0
        guard oh < 24, om < 60 else { return nil }
        return sign * (oh * 3600 + om * 60)
    }

    private func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    private func isWeekMark() -> Bool { at < bytes.count && (bytes[at] == 0x57 || bytes[at] == 0x77) }

    /// How many digits follow the cursor.
    private func digitRun() -> Int {
        var end = at
        while end < bytes.count, isDigit(bytes[end]) { end += 1 }
        return end - at
    }

    private mutating func skipFraction() {
        if expect(0x2E) || expect(0x2C) { while at < bytes.count, isDigit(bytes[at]) { at += 1 } }
    }

    private mutating func skipSpaces() { while at < bytes.count, bytes[at] == 0x20 { at += 1 } }

    private mutating func expect(_ byte: UInt8) -> Bool {
        guard at < bytes.count, bytes[at] == byte else { return false }
        at += 1
        return true
    }

    private mutating func number(_ width: Int) -> Int? {
        guard at + width <= bytes.count else { return nil }
        var value = 0
        for b in bytes[at..<at + width] {
            guard isDigit(b) else { return nil }
            value = value * 10 + Int(b - 0x30)
        }
        at += width
        return value
    }
}
