extension String {
    /// The string as a double-quoted JavaScript (and JSON) literal: quotes, backslashes and
    /// control characters escaped, and `<`, U+2028 and U+2029 as `\u` escapes, so the
    /// literal is safe even inside an HTML `<script>` element.
    ///
    /// ```swift
    /// #"a "b" </script>"#.javaScriptLiteral   // "a \"b\" \u003c/script>" with its quotes
    /// ```
    var javaScriptLiteral: String {
        var out = "\""
        out.reserveCapacity(utf8.count + 2)
        for scalar in unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case "<", "\u{2028}", "\u{2029}", "\u{0}"..."\u{1F}", "\u{7F}":
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
