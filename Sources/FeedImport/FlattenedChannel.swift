import ArticleModel

/// The channel's fields at the start of flattened feed text, in RSS order:
/// `TITLE LINK DESCRIPTION LASTBUILDDATE LANGUAGE …` (the rest, such as `hourly 1` and the
/// generator, is ignored).
enum FlattenedChannel {
    /// A feed with the channel fields found in `preamble` (possibly none).
    static func feed(from preamble: String) -> Feed {
        var feed = Feed(format: .flattenedText)
        let tokens = preamble.split(separator: " ")
        guard let u = tokens.firstIndex(where: FlattenedHeader.isURL) else {
            feed.title = preamble.isEmpty ? nil : preamble
            return feed
        }
        feed.title = u > 0 ? tokens[..<u].joined(separator: " ") : nil
        feed.link = String(tokens[u])
        guard let (start, end, date) = firstDate(tokens, after: u) else { return feed }
        feed.description = start > u + 1 ? tokens[(u + 1)..<start].joined(separator: " ") : nil
        feed.updated = date
        if end < tokens.count, isLanguageCode(tokens[end]) { feed.language = String(tokens[end]) }
        return feed
    }

    /// The first run of tokens after `u` that reads as an RFC 822 date: start, end, date.
    private static func firstDate(_ tokens: [Substring], after u: Int) -> (Int, Int, ArticleDate)? {
        var start = u + 1
        while start < tokens.count {
            for length in [6, 5] where start + length <= tokens.count {
                if let date = ArticleDate(rfc822: tokens[start..<(start + length)].joined(separator: " ")) {
                    return (start, start + length, date)
                }
            }
            start += 1
        }
        return nil
    }

    private static func isLanguageCode(_ token: Substring) -> Bool {
        token.count >= 2 && token.count <= 12 && token.first!.isLetter
            && token.allSatisfy { $0.isASCII && ($0.isLetter || $0 == "-") }
    }
}
