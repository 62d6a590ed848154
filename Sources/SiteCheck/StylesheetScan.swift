import ArticleModel

/// The addresses of a stylesheet: every `url(…)` and every `@import "…"`, with its line.
enum StylesheetScan {
    /// `(address, line)` for each reference in `css`, in order; comments are skipped.
    static func references(in css: String) -> [(address: String, line: Int)] {
        var found: [(address: String, line: Int)] = []
        let text = Array(css.unicodeScalars)
        var line = 1
        var index = 0
        while index < text.count {
            let scalar = text[index]
            if scalar == "\n" { line += 1 }
            if scalar == "/", index + 1 < text.count, text[index + 1] == "*" {
                index = skipComment(text, from: index + 2, line: &line)
                continue
            }
            if starts(text, at: index, with: "url("), index == 0 || !isNameScalar(text[index - 1]) {
                let (address, end) = urlValue(text, from: index + 4)
                found.append((address, line))
                index = end
                continue
            }
            if starts(text, at: index, with: "@import") {
                let (address, end) = importValue(text, from: index + 7)
                if let address { found.append((address, line)) }
                index = end
                continue
            }
            index += 1
        }
        return found
    }

    private static func skipComment(_ text: [Unicode.Scalar], from start: Int, line: inout Int) -> Int {
        var index = start
        while index + 1 < text.count, !(text[index] == "*" && text[index + 1] == "/") {
            if text[index] == "\n" { line += 1 }
            index += 1
        }
        return index + 2
    }

    /// The value inside `url(`…`)`, unquoted and trimmed, and the index after `)`.
    private static func urlValue(_ text: [Unicode.Scalar], from start: Int) -> (String, Int) {
        var end = start
        while end < text.count, text[end] != ")", text[end] != "\n" { end += 1 }
        var value = String(String.UnicodeScalarView(text[start..<end])).trimmingWhitespace
        if let first = value.first, first == "\"" || first == "'", value.count >= 2, value.last == first {
            value = String(value.dropFirst().dropLast())
        }
        return (value, end + 1)
    }

    /// The quoted address after `@import` (a `url(` form is left to the main loop).
    private static func importValue(_ text: [Unicode.Scalar], from start: Int) -> (String?, Int) {
        var index = start
        while index < text.count, text[index] == " " || text[index] == "\t" { index += 1 }
        guard index < text.count, text[index] == "\"" || text[index] == "'" else { return (nil, index) }
        let quote = text[index]
        var end = index + 1
        while end < text.count, text[end] != quote, text[end] != "\n" { end += 1 }
        return (String(String.UnicodeScalarView(text[(index + 1)..<min(end, text.count)])), end + 1)
    }

    private static func starts(_ text: [Unicode.Scalar], at index: Int, with word: String) -> Bool {
        let scalars = Array(word.unicodeScalars)
        guard index + scalars.count <= text.count else { return false }
        for (offset, scalar) in scalars.enumerated() where text[index + offset].properties.lowercaseMapping != String(scalar) {
            return false
        }
        return true
    }

    private static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "_" || scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
    }
}
