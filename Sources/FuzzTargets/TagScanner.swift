/// Reads start tags out of HTML text, one at a time, with their attributes as a browser's
/// tokenizer would split them (quoted, unquoted and bare values; names lowercased).
/// Comments are skipped; text and end tags are passed over.
struct TagScanner {
    /// A start tag: its lowercased name and its attributes in order (nil for a bare one).
    struct Tag {
        var name: String
        var attributes: [(name: String, value: String?)]
    }

    private let scalars: [Unicode.Scalar]
    private var index = 0

    /// A scanner at the start of `html`.
    init(_ html: String) { scalars = Array(html.unicodeScalars) }

    /// The next start tag, or nil at the end of the text.
    mutating func nextTag() -> Tag? {
        while index < scalars.count {
            guard scalars[index] == "<" else { index += 1; continue }
            index += 1
            if starts(with: "!--") { skipComment(); continue }
            guard index < scalars.count, scalars[index].properties.isAlphabetic else { continue }
            let name = read { !Self.isSpace($0) && $0 != "/" && $0 != ">" }.lowercased()
            return Tag(name: name, attributes: readAttributes())
        }
        return nil
    }

    private mutating func readAttributes() -> [(name: String, value: String?)] {
        var attributes: [(name: String, value: String?)] = []
        while index < scalars.count {
            skip { Self.isSpace($0) || $0 == "/" }
            guard index < scalars.count, scalars[index] != ">" else { index += 1; break }
            let first = scalars[index]
            index += 1
            let name = (String(first) + read { !Self.isSpace($0) && $0 != "/" && $0 != ">" && $0 != "=" }).lowercased()
            skip(while: Self.isSpace)
            guard index < scalars.count, scalars[index] == "=" else { attributes.append((name, nil)); continue }
            index += 1
            skip(while: Self.isSpace)
            attributes.append((name, readValue()))
        }
        return attributes
    }

    private mutating func readValue() -> String {
        guard index < scalars.count else { return "" }
        let quote = scalars[index]
        guard quote == "\"" || quote == "'" else { return read { !Self.isSpace($0) && $0 != ">" } }
        index += 1
        let value = read { $0 != quote }
        index += 1
        return value
    }

    private mutating func skipComment() {
        index += 3
        while index < scalars.count, !starts(with: "-->") { index += 1 }
        index += 3
    }

    private func starts(with text: String) -> Bool {
        let wanted = Array(text.unicodeScalars)
        return index + wanted.count <= scalars.count && Array(scalars[index..<index + wanted.count]) == wanted
    }

    private mutating func read(while keep: (Unicode.Scalar) -> Bool) -> String {
        let start = index
        skip(while: keep)
        return String(String.UnicodeScalarView(scalars[start..<index]))
    }

    private mutating func skip(while condition: (Unicode.Scalar) -> Bool) {
        while index < scalars.count, condition(scalars[index]) { index += 1 }
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{0C}"
    }
}
