/// The words of a Markdown body without its syntax, for the tagger: block markers, link and
/// image addresses, HTML tags, bare web addresses, emphasis and code marks, and fenced code
/// are left out; each line stays a line.
///
/// `"## Talks\n\nSee [the *report*](https://x.org/r) <br>now."` → `"Talks\n\nSee the report now."`
enum MarkdownPlainText {
    /// The plain text of `markdown`.
    static func of(_ markdown: String) -> String {
        var out = ""
        out.reserveCapacity(markdown.utf8.count)
        var inFence = false
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                inFence.toggle()
                continue
            }
            if inFence { continue }
            appendInline(withoutBlockMarkers(trimmed), to: &out)
            out.append("\n")
        }
        return out
    }

    /// The line without heading, quote and list markers.
    private static func withoutBlockMarkers(_ line: Substring) -> Substring {
        var rest = line
        while true {
            let before = rest
            rest = rest.drop { $0 == "#" || $0 == ">" }.drop { $0 == " " }
            for marker in ["- ", "* ", "+ "] where rest.hasPrefix(marker) { rest = rest.dropFirst(2) }
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            if !digits.isEmpty, digits.count < 10 {
                let after = rest.dropFirst(digits.count)
                if after.hasPrefix(". ") || after.hasPrefix(") ") { rest = after.dropFirst(2) }
            }
            if rest == before { return rest }
        }
    }

    /// Appends the line's text, skipping inline syntax.
    private static func appendInline(_ line: Substring, to out: inout String) {
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            let next = line.index(after: index)
            switch character {
            case "]" where next < line.endIndex && line[next] == "(":
                index = skipParenthesised(line, from: next)
                out.append(" ")
                continue
            case "<" where next < line.endIndex && (line[next].isLetter || line[next] == "/" || line[next] == "!"):
                index = line[index...].firstIndex(of: ">").map(line.index(after:)) ?? line.endIndex
                out.append(" ")
                continue
            case "h" where line[index...].hasPrefix("http://") || line[index...].hasPrefix("https://"):
                index = line[index...].firstIndex(where: \.isWhitespace) ?? line.endIndex
                continue
            case "\\":
                index = next
                continue
            case "!" where next < line.endIndex && line[next] == "[":
                index = next
                continue
            case "[", "]", "*", "_", "`":
                index = next
                continue
            default:
                out.append(character)
                index = next
            }
        }
    }

    /// The index after the `)` that closes the `(` at `open`, counting nested parentheses.
    private static func skipParenthesised(_ line: Substring, from open: Substring.Index) -> Substring.Index {
        var depth = 0
        var index = open
        while index < line.endIndex {
            if line[index] == "(" { depth += 1 }
            if line[index] == ")" {
                depth -= 1
                if depth == 0 { return line.index(after: index) }
            }
            index = line.index(after: index)
        }
        return line.endIndex
    }
}
