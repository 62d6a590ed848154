import ArticleModel

/// Reads dates as people and programs write them, over ``DateToken``s: RFC 822 / 2822 with its
/// real-world variants, asctime, JavaScript's `Date.toString`, year-first dates
/// (`2006/09/15 08:19:53 EDT`, `2004-07-08 23:56:58 EST`), and the Greek, Hungarian and Korean
/// forms. No `DateFormatter`: it is slow and locks on Linux.
///
/// The layout, in order:
/// 1. an optional weekday, never checked against the date (`Thu`, `Thursday`, `Κυρ`);
/// 2. the date: day month year (`01 Jan 2004`, `1-jan-04`, `13 Feb, 2012`), month day year
///    (`Jan 01, 2004`, or asctime's `Jan  4 16:29:06 2004` with the year last), or year month
///    day (`2004/1/4`, `2004-július-13`, `2004년 05월 28일`);
/// 3. an optional time `h:m[:s[.fraction]]`, after `T` or `at`, with `am`/`pm` (`오전`/`오후`);
/// 4. an optional zone: a name (``DateZones``), `+hhmm`, `+hh:mm`, `+hh`, `GMT+1`, `Etc/GMT`.
///
/// No zone means UTC, or Korean time (+09:00) for a Korean date. A comment in parentheses is
/// ignored anywhere; anything else left over means the text is not a date.
struct RFC822Scanner {
    private let tokens: [DateToken]
    private var at = 0
    private var fields = DateFields()
    private var hasTime = false
    /// Whether the date was written the Korean way.
    private var korean = false
    /// `am`, `pm` or their Korean forms, when written: true for the afternoon.
    private var afternoon: Bool?

    init(_ text: String) { tokens = DateTokenizer.tokens(of: text) ?? [] }

    /// The date, or nil when the text is not one.
    mutating func scan() -> ArticleDate? {
        guard !tokens.isEmpty else { return nil }
        skipWeekday()
        guard let yearPending = date(), time() else { return nil }
        if yearPending {
            if !isNumber(at) { guard at < tokens.count, zone() else { return nil } }
            guard let year = year() else { return nil }
            fields.year = year
        }
        guard zone(), at == tokens.count else { return nil }
        return fields.date(defaultOffset: korean ? 9 * 3600 : 0)
    }

    // MARK: Date

    private mutating func skipWeekday() {
        guard case .word(let name)? = token(at), DateNames.isWeekday(name) else { return }
        at += 1
        _ = expect(".")
    }

    /// Reads the date; true when its year comes after the time (asctime), nil when there is no date.
    private mutating func date() -> Bool? {
        switch token(at) {
        case .number(_, let digits)? where digits == 4: return yearFirst() ? false : nil
        case .number(_, let digits)? where digits <= 2: return dayFirst() ? false : nil
        case .word?: return monthFirst()
        default: return nil
        }
    }

    private mutating func dayFirst() -> Bool {
        guard let day = number(maxDigits: 2) else { return false }
        skipOrdinalSuffix()
        skipDateSeparator()
        guard let month = monthName() else { return false }
        skipDateSeparator()
        guard let year = year() else { return false }
        (fields.year, fields.month, fields.day) = (year, month, day)
        return true
    }

    private mutating func monthFirst() -> Bool? {
        guard let month = monthName() else { return nil }
        skipDateSeparator()
        guard let day = number(maxDigits: 2) else { return nil }
        skipOrdinalSuffix()
        skipDateSeparator()
        (fields.month, fields.day) = (month, day)
        guard isNumber(at), !isSymbol(at + 1, ":") else { return true }
        guard let year = year() else { return nil }
        fields.year = year
        return false
    }

    private mutating func yearFirst() -> Bool {
        guard let year = year() else { return false }
        skipDateSeparator()
        guard let month = number(maxDigits: 2) ?? monthName() else { return false }
        skipDateSeparator()
        guard let day = number(maxDigits: 2) else { return false }
        skipDateSeparator()
        (fields.year, fields.month, fields.day) = (year, month, day)
        return true
    }

    private mutating func monthName() -> Int? {
        guard case .word(let name)? = token(at), let month = DateNames.month(name) else { return nil }
        at += 1
        _ = expect(".")
        return month
    }

    /// A four-digit year, or a two-digit one read the RFC 2822 way.
    private mutating func year() -> Int? {
        guard case .number(let value, let digits)? = token(at), digits == 4 || digits == 2 else { return nil }
        at += 1
        return digits == 4 ? value : ISO8601Scanner.fullYear(twoDigits: value)
    }

    /// One of `-` `/` `.` between the fields, or the Korean `년` `월` `일` after them.
    private mutating func skipDateSeparator() {
        if expect("-") || expect("/") || expect(".") { return }
        guard case .word(let word)? = token(at), RFC822Scanner.koreanDateMarks.contains(word) else { return }
        korean = true
        at += 1
    }

    private mutating func skipOrdinalSuffix() {
        guard case .word(let word)? = token(at), ["st", "nd", "rd", "th"].contains(word) else { return }
        at += 1
    }

    // MARK: Time

    /// Reads the time if there is one; false when it is malformed (`1:2:3:4`, `13 pm`).
    private mutating func time() -> Bool {
        let introduced = skipTimeMarks()
        guard isNumber(at), isSymbol(at + 1, ":") else { return !introduced && afternoon == nil }
        guard let hour = number(maxDigits: 2), expect(":"), let minute = number(maxDigits: 2) else { return false }
        (fields.hour, fields.minute) = (hour, minute)
        if expect(":") {
            guard let second = number(maxDigits: 2) else { return false }
            fields.second = second
            if expect("."), isNumber(at) { at += 1 }
        }
        guard !isSymbol(at, ":") else { return false }
        hasTime = true
        skipTimeMarks()
        return applyMeridiem()
    }

    /// Skips `T` or `at` before a time (true when there was one), and reads `am`, `pm`, `오전`
    /// or `오후` before or after it.
    @discardableResult
    private mutating func skipTimeMarks() -> Bool {
        var introduced = false
        while case .word(let word)? = token(at) {
            if let pm = RFC822Scanner.meridiems[word] {
                afternoon = pm
                if word.unicodeScalars.first.map({ !$0.isASCII }) == true { korean = true }
            } else if (word == "t" || word == "at") && !hasTime && !introduced {
                introduced = true
            } else {
                break
            }
            at += 1
        }
        return introduced
    }

    private mutating func applyMeridiem() -> Bool {
        guard let afternoon else { return true }
        guard (1...12).contains(fields.hour) else { return false }
        fields.hour = fields.hour % 12 + (afternoon ? 12 : 0)
        return true
    }

    // MARK: Zone

    /// Reads the zone if there is one, and a zone name repeating it (`-0400 EDT`).
    private mutating func zone() -> Bool {
        guard at < tokens.count else { return true }
        if fields.offset == nil {
            guard let offset = zoneOffset() else { return false }
            fields.offset = offset
        }
        if case .word(let name)? = token(at), DateZones.offset(of: name) != nil { at += 1 }
        return true
    }

    private mutating func zoneOffset() -> Int? {
        switch token(at) {
        case .symbol(let sign)? where sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-"):
            return hasTime ? signedOffset() : nil
        case .word(let name)?:
            at += 1
            if name == "etc" { return etcOffset() }
            if DateZones.utcNames.contains(name), isSign(at) { return signedOffset() }
            // A zone name no table knows (`XYZ`, `HAEC`) is read as UTC, as feed readers do:
            // the date and time are kept, only the zone is a guess.
            return DateZones.offset(of: name) ?? (name.utf8.count <= 6 ? 0 : nil)
        default:
            return nil
        }
    }

    /// `Etc/GMT`, and `Etc/GMT+5`, which POSIX reads as five hours behind UTC.
    private mutating func etcOffset() -> Int? {
        guard expect("/"), case .word(let name)? = token(at), DateZones.utcNames.contains(name) else { return nil }
        at += 1
        guard isSign(at) else { return 0 }
        return signedOffset().map { -$0 }
    }

    /// `+hhmm`, `+hh:mm`, `+hh` or `+h`, with `-` for zones behind UTC.
    private mutating func signedOffset() -> Int? {
        let negative = isSymbol(at, "-")
        at += 1
        guard case .number(let value, let digits)? = token(at) else { return nil }
        at += 1
        var hours = value, minutes = 0
        switch digits {
        case 4: (hours, minutes) = (value / 100, value % 100)
        case 1, 2:
            if expect(":") {
                guard case .number(let m, digits: 2)? = token(at) else { return nil }
                at += 1
                minutes = m
            }
        default: return nil
        }
        guard hours < 24, minutes < 60 else { return nil }
        let offset = hours * 3600 + minutes * 60
        return negative ? -offset : offset
    }

    // MARK: Tokens

    private func token(_ index: Int) -> DateToken? { index < tokens.count ? tokens[index] : nil }

    private func isNumber(_ index: Int) -> Bool {
        if case .number? = token(index) { return true }
        return false
    }

    private func isSymbol(_ index: Int, _ symbol: Unicode.Scalar) -> Bool {
        token(index) == .symbol(UInt8(symbol.value))
    }

    private func isSign(_ index: Int) -> Bool { isSymbol(index, "+") || isSymbol(index, "-") }

    private mutating func expect(_ symbol: Unicode.Scalar) -> Bool {
        guard isSymbol(at, symbol) else { return false }
        at += 1
        return true
    }

    private mutating func number(maxDigits: Int) -> Int? {
        guard case .number(let value, let digits)? = token(at), digits <= maxDigits else { return nil }
        at += 1
        return value
    }

    /// 년, 월, 일: year, month, day.
    private static let koreanDateMarks: Set<String> = ["\u{B144}", "\u{C6D4}", "\u{C77C}"]
    /// Morning and afternoon marks: true for the afternoon. 오전 is morning, 오후 afternoon.
    private static let meridiems: [String: Bool] = ["am": false, "pm": true, "\u{C624}\u{C804}": false,
                                                     "\u{C624}\u{D6C4}": true]
}
