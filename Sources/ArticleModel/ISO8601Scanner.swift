/// Reads ISO 8601 / RFC 3339 dates over UTF-8 bytes.
struct ISO8601Scanner {
    private let bytes: [UInt8]
    private var at = 0

    init(_ text: String) { bytes = Array(text.utf8) }

    mutating func scan() -> ArticleDate? {
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
                if expect(0x2E) || expect(0x2C) { while at < bytes.count, isDigit(bytes[at]) { at += 1 } }
            }
            skipSpaces()
            if at < bytes.count {
                if bytes[at] == 0x5A || bytes[at] == 0x7A { at += 1 }
                else if bytes[at] == 0x2B || bytes[at] == 0x2D {
                    let sign = bytes[at] == 0x2D ? -1 : 1
                    at += 1
                    guard let oh = number(2) else { return nil }
                    _ = expect(0x3A)
                    let om = number(2) ?? 0
                    guard oh < 24, om < 60 else { return nil }
                    offset = sign * (oh * 3600 + om * 60)
                }
            }
        }
        skipSpaces()
        guard at == bytes.count else { return nil }
        return ArticleDate(year: year, month: month, day: day, hour: hour, minute: minute,
                           second: second, offsetSeconds: offset)
    }

    private func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

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
