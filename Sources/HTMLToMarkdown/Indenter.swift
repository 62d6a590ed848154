/// Prefixes the lines of nested Markdown: `> ` for quotes, the marker then spaces for list items.
enum Indenter {
    /// `text` with `first` before its first line, `rest` before each later line, and `blank`
    /// on empty lines.
    static func prefix(_ text: String, first: String, rest: String, blank: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        var isFirst = true
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if !isFirst { out += "\n" }
            if line.isEmpty {
                out += isFirst ? String(first.reversed().drop { $0 == " " }.reversed()) : blank
            } else {
                out += (isFirst ? first : rest) + line
            }
            isFirst = false
        }
        return out
    }
}
