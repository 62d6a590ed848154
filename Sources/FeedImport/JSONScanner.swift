/// The tokens of JSON text, one at a time, in one pass over the bytes and without recursion,
/// so any nesting depth and any length take linear time and constant stack.
///
/// ```swift
/// var scanner = JSONScanner(Array(#"{"a": [1, "b"]}"#.utf8))
/// while let token = scanner.next() { print(token) }  // objectStart, key("a"), arrayStart, …
/// ```
///
/// It reads what real feeds get wrong: a lone surrogate escape (`"\ud800"`) or a broken `\u`
/// escape becomes U+FFFD, bytes that are not UTF-8 become U+FFFD, raw control characters in
/// strings are kept, an unknown escape (`\x`) keeps its character, a trailing comma is allowed,
/// and anything after the first complete value is ignored. It ends at the end of that value, or
/// at the first byte that cannot continue the JSON; ``stop`` then says where and why.
struct JSONScanner {
    /// One piece of JSON.
    enum Token: Equatable {
        /// `{`.
        case objectStart
        /// `}`.
        case objectEnd
        /// `[`.
        case arrayStart
        /// `]`.
        case arrayEnd
        /// The key of an object member; its value follows.
        case key(String)
        /// A string value.
        case string(String)
        /// A number, as written.
        case number(String)
        /// `true` or `false`.
        case bool(Bool)
        /// `null`.
        case null
    }

    private enum Expecting { case value, key, colon, separator, nothing }

    private let bytes: [UInt8]
    private var offset = 0
    private var expecting = Expecting.value
    /// For each open container, whether it is an object.
    private var open: [Bool] = []
    /// The byte offset where the last token returned starts.
    private(set) var tokenStart = 0
    /// Why scanning ended before the first value was complete; nil while it goes on and when
    /// the value was complete.
    private(set) var stop: JSONStop?

    /// A scanner over `bytes`; a UTF-8 byte-order mark at the start is skipped.
    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { offset = 3 }
    }

    /// How many objects and arrays are open after the last token.
    var depth: Int { open.count }

    /// Whether the container the next member belongs to is an object (false: an array or none).
    var isInObject: Bool { open.last ?? false }

    /// The next token, or nil at the end of the first value or where the JSON stops.
    mutating func next() -> Token? {
        skipSpace()
        guard offset < bytes.count else {
            if expecting != .nothing { _ = fail(truncated: true) }
            return nil
        }
        tokenStart = offset
        let b = bytes[offset]
        switch expecting {
        case .nothing:
            return nil
        case .colon:
            guard b == UInt8(ascii: ":") else { return fail(truncated: false) }
            offset += 1
            expecting = .value
            return next()
        case .separator:
            if b == UInt8(ascii: ",") {
                offset += 1
                expecting = isInObject ? .key : .value
                return next()
            }
            return close(b) ?? fail(truncated: false)
        case .key:
            if b == UInt8(ascii: "\"") {
                guard let key = string() else { return fail(truncated: true) }
                expecting = .colon
                return .key(key)
            }
            return close(b) ?? fail(truncated: false)
        case .value:
            return value(b)
        }
    }

    private mutating func value(_ b: UInt8) -> Token? {
        switch b {
        case UInt8(ascii: "{"):
            return openContainer(object: true)
        case UInt8(ascii: "["):
            return openContainer(object: false)
        case UInt8(ascii: "]") where open.last == false:
            return close(b)
        case UInt8(ascii: "\""):
            guard let text = string() else { return fail(truncated: true) }
            return finished(.string(text))
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return finished(.number(number()))
        case UInt8(ascii: "a")...UInt8(ascii: "z"):
            return literal()
        default:
            return fail(truncated: false)
        }
    }

    private mutating func openContainer(object: Bool) -> Token {
        offset += 1
        open.append(object)
        expecting = object ? .key : .value
        return object ? .objectStart : .arrayStart
    }

    /// The end token when `b` closes the open container, else nil.
    private mutating func close(_ b: UInt8) -> Token? {
        guard let isObject = open.last, b == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) else { return nil }
        offset += 1
        open.removeLast()
        return finished(isObject ? .objectEnd : .arrayEnd)
    }

    /// `token`, after which a separator (or nothing, at the top) is expected.
    private mutating func finished(_ token: Token) -> Token {
        expecting = open.isEmpty ? .nothing : .separator
        return token
    }

    private mutating func fail(truncated: Bool) -> Token? {
        if stop == nil { stop = JSONStop(offset: offset, truncated: truncated || offset >= bytes.count) }
        expecting = .nothing
        offset = bytes.count
        return nil
    }

    private mutating func skipSpace() {
        while offset < bytes.count {
            let b = bytes[offset]
            guard b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 else { return }
            offset += 1
        }
    }

    /// A number's text: the run of characters numbers are made of.
    private mutating func number() -> String {
        let start = offset
        while offset < bytes.count, Self.isNumberByte(bytes[offset]) { offset += 1 }
        return String(decoding: bytes[start..<offset], as: UTF8.self)
    }

    private static func isNumberByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "-") || b == UInt8(ascii: "+")
            || b == UInt8(ascii: ".") || b == UInt8(ascii: "e") || b == UInt8(ascii: "E")
    }

    /// `true`, `false` or `null`; a cut one at the end is truncation, another word an error.
    private mutating func literal() -> Token? {
        let start = offset
        while offset < bytes.count, bytes[offset] >= UInt8(ascii: "a"), bytes[offset] <= UInt8(ascii: "z") { offset += 1 }
        let word = String(decoding: bytes[start..<offset], as: UTF8.self)
        switch word {
        case "true": return finished(.bool(true))
        case "false": return finished(.bool(false))
        case "null": return finished(.null)
        default:
            let cut = offset >= bytes.count && ["true", "false", "null"].contains { $0.hasPrefix(word) }
            offset = start
            return fail(truncated: cut)
        }
    }

    /// The string starting at the quote at `offset`, escapes decoded; nil when the bytes end
    /// inside it.
    private mutating func string() -> String? {
        offset += 1
        let start = offset
        while offset < bytes.count {
            let b = bytes[offset]
            if b == UInt8(ascii: "\"") {
                offset += 1
                return String(decoding: bytes[start..<(offset - 1)], as: UTF8.self)
            }
            if b == UInt8(ascii: "\\") { return escapedString(from: start) }
            offset += 1
        }
        return nil
    }

    /// The rest of a string that holds escapes, from its first byte at `start`.
    private mutating func escapedString(from start: Int) -> String? {
        var out = Array(bytes[start..<offset])
        while offset < bytes.count {
            let b = bytes[offset]
            offset += 1
            if b == UInt8(ascii: "\"") { return String(decoding: out, as: UTF8.self) }
            guard b == UInt8(ascii: "\\") else {
                out.append(b)
                continue
            }
            guard offset < bytes.count else { return nil }
            let e = bytes[offset]
            offset += 1
            switch e {
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "u"): out.append(contentsOf: String(unicodeEscape()).utf8)
            default: out.append(e)
            }
        }
        return nil
    }

    /// The character of the `\u` escape whose hex digits start at `offset`: a surrogate pair
    /// makes one character; a lone surrogate or broken digits make U+FFFD.
    private mutating func unicodeEscape() -> Unicode.Scalar {
        let replacement: Unicode.Scalar = "\u{FFFD}"
        guard let high = hex4(at: offset) else { return replacement }
        offset += 4
        if (0xDC00...0xDFFF).contains(high) { return replacement }
        guard (0xD800...0xDBFF).contains(high) else { return Unicode.Scalar(high) ?? replacement }
        guard offset + 1 < bytes.count, bytes[offset] == UInt8(ascii: "\\"), bytes[offset + 1] == UInt8(ascii: "u"),
              let low = hex4(at: offset + 2), (0xDC00...0xDFFF).contains(low) else { return replacement }
        offset += 6
        return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)) ?? replacement
    }

    /// The value of four hex digits at `index`, if there are four.
    private func hex4(at index: Int) -> UInt32? {
        guard index + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for b in bytes[index..<(index + 4)] {
            guard let digit = Self.hexDigit(b) else { return nil }
            value = value << 4 | digit
        }
        return value
    }

    private static func hexDigit(_ b: UInt8) -> UInt32? {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(b - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(b - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(b - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }
}
