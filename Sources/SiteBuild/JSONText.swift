import Foundation

/// JSON as the site writes it: compact, keys sorted so the same value always gives the same
/// bytes, `/` left unescaped.
enum JSONText {
    /// `value` as JSON text.
    static func encoded<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// `value` as JSON text that is safe inside an HTML `<script>` element: `<`, `>` and `&`
    /// written as `\u003c`, `\u003e` and `\u0026`, so no text from a feed can close the element
    /// (`</script>`) or open a comment. These characters only ever stand inside JSON strings,
    /// where the escapes mean the same.
    static func scriptSafe<T: Encodable>(_ value: T) throws -> String {
        var out = ""
        for scalar in try encoded(value).unicodeScalars {
            switch scalar {
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
