import ArticleModel

/// How often each word of the collection is written with a capital where a capital means
/// something (not at a sentence start, not in a title), and how often in lower case. A
/// sentence's first word is a name only if the collection writes it capitalised elsewhere.
struct CaseCounts: Sendable {
    private var capitalised: [String: Int] = [:]
    private var lower: [String: Int] = [:]

    /// Counts the words of every document (in parallel chunks, then merged).
    init(_ documents: [[Word]]) {
        let chunkCount = max(1, min(16, documents.count / 64))
        let parts: [CaseCounts] = (try? Parallel.map(chunkCount) { (chunk: Int) -> CaseCounts in
            let range = (chunk * documents.count / chunkCount)..<((chunk + 1) * documents.count / chunkCount)
            var counts = CaseCounts()
            for index in range { counts.add(documents[index]) }
            return counts
        }) ?? []
        for part in parts { merge(part) }
    }

    private init() {}

    /// Whether `word` (lower case) is more often capitalised than not where it counts.
    func isMostlyCapitalised(_ word: String) -> Bool {
        (capitalised[word] ?? 0) > (lower[word] ?? 0)
    }

    private mutating func add(_ words: [Word]) {
        for word in words where !word.isAmbiguous && !word.hasDigit {
            if word.isCapitalised { capitalised[word.lower, default: 0] += 1 } else { lower[word.lower, default: 0] += 1 }
        }
    }

    private mutating func merge(_ other: CaseCounts) {
        capitalised.merge(other.capitalised, uniquingKeysWith: +)
        lower.merge(other.lower, uniquingKeysWith: +)
    }
}
