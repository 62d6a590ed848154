import ArticleModel

/// Reads RFC 822 dates over UTF-8 bytes (no `DateFormatter`: it is slow and locks on Linux).
struct RFC822Scanner {
    private let bytes: [UInt8]
    private var at = 0

    init(_ text: String) { bytes = Array(text.utf8) }

    mutating func scan() -> ArticleDate? {
        skipSpaces()
        skipWeekday()
        guard let day = digits(max: 2), skipSeparators(), let month = monthNumber(), skipSeparators(),
              let year = year() else { return nil }
        guard skipSpaces() > 0 else {
            return at == bytes.count ? ArticleDate(year: year, month: month, day: day) : nil
        }
        guard let (hour, minute, second) = time() else { return nil }
        skipSpaces()
        guard let offset = zoneOffset() else { return nil }
        skipSpaces()
        skipComment()
        skipSpaces()
        guard at == bytes.count else { return nil }
        return ArticleDate(year: year, month: month, day: day, hour: hour, minute: minute, second: second,
                           offsetSeconds: offset)
    }

    // MARK: Fields

    private mutating func skipWeekday() {
        let start = at
        let name = letters()
        guard !name.isEmpty else { return }
        guard RFC822Scanner.weekdays.contains(String(name.prefix(3))) else {
            at = start
            return
        }
        if at < bytes.count, bytes[at] == UInt8(ascii: ",") { at += 1 }
        skipSpaces()
    }

    private mutating func monthNumber() -> Int? {
        let name = letters()
        guard name.count >= 3, let index = RFC822Scanner.months.firstIndex(of: String(name.prefix(3))) else {
            return nil
        }
        return index + 1
    }

    private mutating func year() -> Int? {
        let start = at
        guard let value = digits(max: 4) else { return nil }
        switch at - start {
        case 4: return value
        case 2: return value < 50 ? 2000 + value : 1900 + value
        default: return nil
        }
    }

    private mutating func time() -> (Int, Int, Int)? {
        guard let hour = digits(max: 2), expect(UInt8(ascii: ":")), let minute = digits(max: 2) else { return nil }
        var second = 0
        if expect(UInt8(ascii: ":")) {
            guard let s = digits(max: 2) else { return nil }
            second = s
        }
        return (hour, minute, second)
    }

    private mutating func zoneOffset() -> Int? {
        guard at < bytes.count else { return 0 }
        let sign = bytes[at]
        if sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
            at += 1
            guard let hours = digits(exactly: 2) else { return nil }
            _ = expect(UInt8(ascii: ":"))
            guard let minutes = digits(exactly: 2), minutes < 60 else { return nil }
            let offset = hours * 3600 + minutes * 60
            return sign == UInt8(ascii: "-") ? -offset : offset
        }
        let name = letters()
        if name.isEmpty { return bytes[at] == UInt8(ascii: "(") ? 0 : nil }
        if let hours = RFC822Scanner.zones[name] { return hours * 3600 }
        return name.count == 1 ? 0 : nil  // military zones are unreliable; RFC 2822 says treat as UTC
    }

    private mutating func skipComment() {
        guard at < bytes.count, bytes[at] == UInt8(ascii: "(") else { return }
        while at < bytes.count, bytes[at] != UInt8(ascii: ")") { at += 1 }
        if at < bytes.count { at += 1 }
    }

    // MARK: Bytes

    /// Uppercased ASCII letters at the cursor.
    private mutating func letters() -> String {
        var out: [UInt8] = []
        while at < bytes.count, out.count < 16 {
            let b = bytes[at]
            if b >= 0x61 && b <= 0x7A { out.append(b - 0x20) }
            else if b >= 0x41 && b <= 0x5A { out.append(b) }
            else { break }
            at += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    private mutating func digits(max width: Int) -> Int? {
        var value = 0, count = 0
        while at < bytes.count, count < width, bytes[at] >= 0x30, bytes[at] <= 0x39 {
            value = value * 10 + Int(bytes[at] - 0x30)
            count += 1
            at += 1
        }
        return count == 0 ? nil : value
    }

    private mutating func digits(exactly width: Int) -> Int? {
        let start = at
        guard let value = digits(max: width), at - start == width else { return nil }
        return value
    }

    @discardableResult
    private mutating func skipSpaces() -> Int {
        let start = at
        while at < bytes.count, bytes[at] == 0x20 || bytes[at] == 0x09 { at += 1 }
        return at - start
    }

    /// Spaces or a single `-` between day, month and year (`28-Jun-2024` occurs too).
    private mutating func skipSeparators() -> Bool {
        let spaces = skipSpaces()
        if expect(UInt8(ascii: "-")) {
            skipSpaces()
            return true
        }
        return spaces > 0
    }

    private mutating func expect(_ byte: UInt8) -> Bool {
        guard at < bytes.count, bytes[at] == byte else { return false }
        at += 1
        return true
    }

    private static let weekdays: Set<String> = ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"]
    private static let months = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
    /// Zone names and their offsets in hours.
    private static let zones: [String: Int] = [
        "GMT": 0, "UT": 0, "UTC": 0, "Z": 0,
        "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
        "AKST": -9, "AKDT": -8, "HST": -10, "HDT": -9, "AST": -4, "ADT": -3,
    ]
}
