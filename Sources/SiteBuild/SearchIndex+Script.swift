extension SearchIndex {
    /// The index as `search-index.js`: a script that sets `window.BroadsheetSearch`, since a
    /// page opened from disk may load a script but not fetch a file. One object:
    ///
    /// ```
    /// window.BroadsheetSearch = {"format": 1,
    /// "docs": [[title, folder, date, excerpt, length], …],
    /// "terms": "Aterm Dms …",              front-coded, sorted, one space between
    /// "postings": "BCg …"};                one per term, in the same order
    /// ```
    ///
    /// A document's `folder` is its page's path from the root without `index.html`
    /// (`2024/budget-vote/`). Each term is written as the number of UTF-16 code units it
    /// shares with the term before it, in ``Base64VLQ``, then the rest of it: `Aterm Dms`
    /// is `term`, `terms`. A term's postings are ``Base64VLQ`` numbers, one or two per
    /// article it occurs in: the article's number minus the previous one's (the first: the
    /// number itself), times 2, plus 1 when the article's ``SearchPosting/weight`` follows;
    /// it is left out when it is 2 (once in the body, not in the title), the most common
    /// case. The same index gives the same bytes.
    var script: String {
        var out = "window.BroadsheetSearch = {\"format\": 1,\n\"docs\": ["
        for (number, document) in documents.enumerated() {
            out += number == 0 ? "\n" : ",\n"
            let folder = String(document.path.dropLast(document.path.hasSuffix("index.html") ? "index.html".count : 0))
            out += "[" + [document.title, folder, document.date, document.excerpt].map(\.javaScriptLiteral).joined(separator: ",")
            out += ",\(document.length)]"
        }
        out += "],\n\"terms\": " + Self.frontCoded(terms).javaScriptLiteral
        out += ",\n\"postings\": " + postings.map(Self.encoded).joined(separator: " ").javaScriptLiteral
        return out + "};\n"
    }

    /// Sorted `terms`, each as the length of the prefix it shares with the one before (in
    /// UTF-16 code units, never splitting a character) and the rest, one space between.
    static func frontCoded(_ terms: [String]) -> String {
        var entries: [String] = []
        entries.reserveCapacity(terms.count)
        var previous: [Unicode.Scalar] = []
        for term in terms {
            let scalars = Array(term.unicodeScalars)
            var shared = 0
            var sharedUnits = 0
            while shared < min(scalars.count, previous.count), scalars[shared] == previous[shared] {
                sharedUnits += scalars[shared].utf16.count
                shared += 1
            }
            entries.append(Base64VLQ.encode([sharedUnits]) + String(String.UnicodeScalarView(scalars[shared...])))
            previous = scalars
        }
        return entries.joined(separator: " ")
    }

    /// One term's postings as ``Base64VLQ`` text: article number deltas, and weights other than 2.
    static func encoded(_ postings: [SearchPosting]) -> String {
        var numbers: [Int] = []
        numbers.reserveCapacity(postings.count * 2)
        var previous = 0
        for posting in postings {
            let delta = posting.document - previous
            if posting.weight == 2 {
                numbers.append(delta * 2)
            } else {
                numbers += [delta * 2 + 1, posting.weight]
            }
            previous = posting.document
        }
        return Base64VLQ.encode(numbers)
    }
}
