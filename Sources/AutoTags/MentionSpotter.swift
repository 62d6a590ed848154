/// Finds the candidate tags in one document's words: runs of one to four name words
/// (`Kim Jong Un`, `Banque de France`), and ordinary words that are not stop-words.
///
/// A name word starts with a capital, is no stop-word or title (`President`), and, where a
/// capital says nothing (a sentence's first word, a headline's words), is one the collection
/// writes capitalised elsewhere. Punctuation and possessives end a name.
struct MentionSpotter {
    /// The document's language.
    let language: TagLanguage
    /// The collection's capital counts.
    let counts: CaseCounts
    private let stopWords: Set<String>
    private let titleWords: Set<String>

    /// A spotter for documents in `language`.
    init(language: TagLanguage, counts: CaseCounts) {
        self.language = language
        self.counts = counts
        stopWords = language.stopWords
        titleWords = language.titleWords
    }

    /// The longest name taken; longer runs of capitals are headings, not names.
    static let longestName = 4
    /// The shortest ordinary word taken as a term.
    static let shortestTerm = 4
    /// Lower-case words allowed inside a name (`Charles de Gaulle`, `Ursula von der Leyen`).
    static let particles: Set<String> = ["de", "von", "van", "der", "den", "du", "da", "di", "del", "la", "le", "bin", "al", "y"]

    /// Words that join a title to the office it names (`Secretary of State`).
    static let titleLinks: Set<String> = ["of", "for", "de", "des", "du", "del", "für"]

    /// Every mention in `title` and `body`, in order.
    func mentions(title: [Word], body: [Word]) -> [Mention] {
        spot(title, inTitle: true) + spot(body, inTitle: false)
    }

    private func spot(_ words: [Word], inTitle: Bool) -> [Mention] {
        var out: [Mention] = []
        var run: [Word] = []
        for (index, word) in words.enumerated() {
            if word.breakBefore { flush(&run, into: &out, inTitle: inTitle) }
            if run.isEmpty && continuesTitle(words, at: index) { continue }
            if isNameWord(word) || (!run.isEmpty && Self.particles.contains(word.text)) {
                run.append(word)
                continue
            }
            flush(&run, into: &out, inTitle: inTitle)
            if let term = term(word, inTitle: inTitle) { out.append(term) }
        }
        flush(&run, into: &out, inTitle: inTitle)
        return out
    }

    /// Whether `word` can be part of a name.
    func isNameWord(_ word: Word) -> Bool {
        guard word.isCapitalised, !word.hasDigit, word.lower.unicodeScalars.count > 1,
              !stopWords.contains(word.lower), !titleWords.contains(word.lower) else { return false }
        return !word.isAmbiguous || counts.isMostlyCapitalised(word.lower)
    }

    /// Whether `words[index]` is the office in a title such as `Secretary of State Antony
    /// Blinken` or `ministre de l'Intérieur`: a capital right after a title word and `of`.
    private func continuesTitle(_ words: [Word], at index: Int) -> Bool {
        guard index >= 2, words[index].isCapitalised, !words[index].breakBefore, !words[index - 1].breakBefore,
              Self.titleLinks.contains(words[index - 1].lower) else { return false }
        return titleWords.contains(words[index - 2].lower)
    }

    private func term(_ word: Word, inTitle: Bool) -> Mention? {
        guard !word.hasDigit, !word.isCapitalised || word.isAmbiguous, word.lower.unicodeScalars.count >= Self.shortestTerm,
              !stopWords.contains(word.lower), !titleWords.contains(word.lower) else { return nil }
        return Mention(key: TagKey.term(word.lower, language: language), surface: word.lower, kind: .term, wordCount: 1, inTitle: inTitle)
    }

    private func flush(_ run: inout [Word], into out: inout [Mention], inTitle: Bool) {
        defer { run.removeAll(keepingCapacity: true) }
        while let last = run.last, !isNameWord(last) { run.removeLast() }  // a trailing particle
        guard !run.isEmpty, run.count <= Self.longestName else { return }
        let surface = run.map(\.text).joined(separator: " ")
        if run.count == 1 && language.capitalisesNouns {
            out.append(Mention(key: TagKey.term(surface, language: language), surface: surface, kind: .term, wordCount: 1, inTitle: inTitle))
        } else {
            out.append(Mention(key: TagKey.name(surface), surface: surface, kind: .name, wordCount: run.count, inTitle: inTitle))
        }
    }
}
