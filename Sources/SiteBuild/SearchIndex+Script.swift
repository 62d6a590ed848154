import ArticleModel

extension SearchIndex {
    /// Terms and postings of about this many bytes make one terms shard (a term with more
    /// postings makes one alone).
    static let termShardBytes = 160_000

    /// How many articles one documents shard holds.
    static let documentsPerShard = 50

    /// The index as scripts, since a page opened from disk may load a script but not fetch a
    /// file. `search-index.js` sets `window.BroadsheetSearch`; the shards, in `search/`, each
    /// fill one slot of it, and `search.js` loads those a query needs:
    ///
    /// ```
    /// search-index.js      window.BroadsheetSearch = {"format": 2,
    ///                      "lengths": "IEK…",        each article's length, in Base64VLQ
    ///                      "shards": ["at", "mo"],   the first term of each terms shard
    ///                      "perShard": 50,           articles per documents shard
    ///                      "t": [], "d": []};
    /// search/terms-1.js    BroadsheetSearch.t[1] = ["Amost.ther…", "ECg …"];
    /// search/docs-0.js     BroadsheetSearch.d[0] = [[title, folder, date, excerpt], …];
    /// ```
    ///
    /// A site with one shard of each kind gets them inside `search-index.js` (`"t": [[…]]`,
    /// `"d": [[…]]`) and no `search/` folder. The shards' encodings are ``termsText(_:)`` and
    /// ``postingsText(_:)``; Layouts/README.md describes them for theme authors. The same
    /// index gives the same bytes.
    var files: [OutputFile] {
        let termShards = Self.shardRanges(of: terms.indices.map { Self.entrySize(terms[$0], postings[$0]) }, limit: Self.termShardBytes)
        let termTexts = termShards.map { range in
            "[" + termsText(range).javaScriptLiteral + ",\n" + postings[range].map(Self.postingsText).joined(separator: " ").javaScriptLiteral + "]"
        }
        let documentTexts = stride(from: 0, to: documents.count, by: Self.documentsPerShard).map { start in
            documentsText(start..<min(start + Self.documentsPerShard, documents.count))
        }
        let inline = termTexts.count <= 1 && documentTexts.count <= 1
        var main = "window.BroadsheetSearch = {\"format\": 2,\n\"lengths\": " + Base64VLQ.encode(documents.map(\.length)).javaScriptLiteral
        main += ",\n\"shards\": [" + termShards.map { terms[$0.lowerBound].javaScriptLiteral }.joined(separator: ",") + "]"
        main += ",\n\"perShard\": \(Self.documentsPerShard),\n\"t\": [" + (inline ? termTexts.joined() : "")
        main += "],\n\"d\": [" + (inline ? documentTexts.joined() : "") + "]};\n"
        let index = OutputFile(path: SitePaths.searchIndex, text: main)
        guard !inline else { return [index] }
        return [index]
            + termTexts.enumerated().map { OutputFile(path: SitePaths.searchShard("terms", $0.offset), text: "BroadsheetSearch.t[\($0.offset)] = \($0.element);\n") }
            + documentTexts.enumerated().map { OutputFile(path: SitePaths.searchShard("docs", $0.offset), text: "BroadsheetSearch.d[\($0.offset)] = \($0.element);\n") }
    }

    /// Consecutive ranges of `sizes`' indices, each closed once its sizes reach `limit`.
    static func shardRanges(of sizes: [Int], limit: Int) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        var total = 0
        for (index, size) in sizes.enumerated() {
            total += size
            if total >= limit {
                ranges.append(start..<index + 1)
                start = index + 1
                total = 0
            }
        }
        if start < sizes.count { ranges.append(start..<sizes.count) }
        return ranges
    }

    /// About how many bytes a term and its postings take in a shard.
    private static func entrySize(_ term: String, _ postings: [SearchPosting]) -> Int {
        term.utf8.count + postings.count * 2 + 2
    }

    /// The articles of `range` as a JSON array: `[title, folder, date, excerpt]` each, one a
    /// line. `folder` is the page's path without `index.html` (`2024/budget-vote/`).
    func documentsText(_ range: Range<Int>) -> String {
        "[" + documents[range].map { document in
            let folder = String(document.path.dropLast(document.path.hasSuffix("index.html") ? "index.html".count : 0))
            return "[" + [document.title, folder, document.date, document.excerpt].map(\.javaScriptLiteral).joined(separator: ",") + "]"
        }.joined(separator: ",\n") + "]"
    }

    /// The characters that start a term in ``termsText(_:)``, standing for how many UTF-16
    /// code units it shares with the term before it (0 to 39): never in a term, whose ASCII
    /// characters are only lower-case letters and digits. `search.js` holds the same string.
    static let sharedDigits = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ!#$%&'()*+,-./".unicodeScalars)

    /// The terms of `range`, front-coded with nothing between them: each is one of
    /// ``sharedDigits`` (the code units it shares with the term before, the first term of
    /// the range sharing none) then the rest of it, never empty since the terms are sorted
    /// and distinct. `tide`, `tides`, `time` is `AtideEsCme`.
    func termsText(_ range: Range<Int>) -> String {
        var out = String.UnicodeScalarView()
        var previous: [Unicode.Scalar] = []
        for term in terms[range] {
            let scalars = Array(term.unicodeScalars)
            var shared = 0
            var sharedUnits = 0
            while shared < min(scalars.count - 1, previous.count), scalars[shared] == previous[shared],
                  sharedUnits + scalars[shared].utf16.count < Self.sharedDigits.count {
                sharedUnits += scalars[shared].utf16.count
                shared += 1
            }
            out.append(Self.sharedDigits[sharedUnits])
            out.append(contentsOf: scalars[shared...])
            previous = scalars
        }
        return String(out)
    }

    /// One term's postings as ``Base64VLQ`` numbers, one per article it occurs in: the
    /// article's number minus the previous one's (the first: the number itself) times 4,
    /// plus a code for its ``SearchPosting/weight``: 0 for 2 (once in the body, not in the
    /// title), 1 for 4, 2 for 6, and 3 when the weight follows as a number of its own.
    static func postingsText(_ postings: [SearchPosting]) -> String {
        var numbers: [Int] = []
        numbers.reserveCapacity(postings.count * 2)
        var previous = 0
        for posting in postings {
            let delta = posting.document - previous
            switch posting.weight {
            case 2, 4, 6: numbers.append(delta * 4 + posting.weight / 2 - 1)
            default: numbers += [delta * 4 + 3, posting.weight]
            }
            previous = posting.document
        }
        return Base64VLQ.encode(numbers)
    }
}
