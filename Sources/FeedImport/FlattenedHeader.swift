import ArticleModel

/// The line that starts an item in flattened feed text, the remains of an RSS item's
/// `<title>`, `<link>`, `<pubDate>`, `<guid>` and "Read More" `<description>` once the tags
/// were stripped:
///
/// ```
/// TITLE URL DATE URL Read More “TITLE” »
/// ```
///
/// Recognised by its shape, not its wording: a URL, an RFC 822 date, the same URL again, then
/// `Read More “`. Text before the title (on the first line: the channel's fields) is kept as
/// ``preamble``.
struct FlattenedHeader {
    /// Text before the title: the channel's fields on the first item's line, else empty.
    var preamble: String
    /// The item's title.
    var title: String
    /// The item's link, which is also its guid.
    var link: String
    /// The publication date as written.
    var date: String

    /// Reads `line`, or nil when it is not an item header.
    init?(_ line: Substring, firstInFile: Bool) {
        guard FlattenedHeader.mentionsReadMore(line) else { return nil }
        let tokens = line.split(separator: " ", omittingEmptySubsequences: true)
        for k in tokens.indices where tokens[k] == "Read" && k + 2 < tokens.count && tokens[k + 1] == "More" {
            guard tokens[k + 2].hasPrefix("“") || tokens[k + 2].hasPrefix("\""),
                  let (start, date) = FlattenedHeader.linkAndDate(tokens, before: k) else { continue }
            let quoted = FlattenedHeader.unquote(tokens[(k + 2)...].joined(separator: " "))
            let prefix = tokens[..<start].joined(separator: " ")
            (preamble, title) = FlattenedHeader.split(prefix, quoted: quoted, firstInFile: firstInFile)
            link = String(tokens[k - 1])
            self.date = date
            if !title.isEmpty { return }
        }
        return nil
    }

    /// For a `Read More` at `k`: the index of the first URL and the date text, when the tokens
    /// before it are `URL DATE URL` with both URLs equal.
    private static func linkAndDate(_ tokens: [Substring], before k: Int) -> (Int, String)? {
        guard k >= 3, isURL(tokens[k - 1]) else { return nil }
        for span in 1...7 where k - 2 - span >= 0 {
            let start = k - 2 - span
            guard tokens[start] == tokens[k - 1] else { continue }
            let date = tokens[(start + 1)..<(k - 1)].joined(separator: " ")
            if ArticleDate(rfc822: date) != nil { return (start, date) }
        }
        return nil
    }

    /// Splits the text before the link into preamble and title, using the quoted title.
    private static func split(_ prefix: String, quoted: String, firstInFile: Bool) -> (String, String) {
        if !quoted.isEmpty, prefix.hasSuffix(quoted) {
            return (String(prefix.dropLast(quoted.count)).trimmingWhitespace, quoted)
        }
        return firstInFile && !quoted.isEmpty ? (prefix, quoted) : ("", prefix)
    }

    /// `“Title” »` → `Title`.
    private static func unquote(_ text: String) -> String {
        var t = Substring(text.trimmingWhitespace)
        if t.hasSuffix("»") { t = Substring(String(t.dropLast()).trimmingWhitespace) }
        if t.hasPrefix("“") || t.hasPrefix("\"") { t = t.dropFirst() }
        if t.hasSuffix("”") || t.hasSuffix("\"") { t = t.dropLast() }
        return String(t).trimmingWhitespace
    }

    /// Whether the line holds `Read More `, checked over its bytes (most lines do not).
    private static func mentionsReadMore(_ line: Substring) -> Bool {
        let utf8 = line.utf8
        guard utf8.count >= marker.count else { return false }
        var i = utf8.startIndex
        let last = utf8.index(utf8.endIndex, offsetBy: -marker.count)
        while i <= last {
            if utf8[i] == marker[0], utf8[i...].starts(with: marker) { return true }
            i = utf8.index(after: i)
        }
        return false
    }

    private static let marker = Array(" Read More ".utf8)

    static func isURL(_ token: Substring) -> Bool {
        token.hasPrefix("https://") || token.hasPrefix("http://")
    }
}
