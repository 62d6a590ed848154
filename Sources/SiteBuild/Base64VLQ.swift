/// Whole numbers written as base-64 variable-length digits, as in source maps but without a
/// sign: five bits per character, low bits first, the sixth bit set on every character but a
/// number's last. Numbers below 32 take one character, below 1,024 two. The characters
/// (`A–Z a–z 0–9 + /`) need no escaping in a JavaScript string.
///
/// ```swift
/// Base64VLQ.encode([0, 1, 31, 32, 1000])   // "ABfgBof"
/// ```
enum Base64VLQ {
    /// The 64 digits; `search.js` holds the same string.
    static let digits = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".unicodeScalars)

    /// `numbers` (each at least 0) one after another.
    static func encode(_ numbers: [Int]) -> String {
        var out = String.UnicodeScalarView()
        for number in numbers {
            var rest = max(0, number)
            repeat {
                let low = rest & 31
                rest >>= 5
                out.append(digits[rest > 0 ? low | 32 : low])
            } while rest > 0
        }
        return String(out)
    }
}
