/// A language the tagger has word lists for. Other languages are tagged with the English
/// lists' rules for names and no stop-words of their own.
enum TagLanguage: String, CaseIterable, Sendable {
    case english = "en"
    case german = "de"
    case french = "fr"
    case spanish = "es"

    /// The language of a code such as `en-GB` or `de`, if it is one of ours.
    init?(code: String?) {
        guard let code else { return nil }
        let primary = code.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? ""
        self.init(rawValue: primary)
    }

    /// Whether every noun is written with a capital (German): there a single capitalised
    /// word is an ordinary term, not a name.
    var capitalisesNouns: Bool { self == .german }

    /// How many of a document's first words detection reads.
    static let wordsLookedAt = 200

    /// The language of a document: the one whose stop-words its words hit most, when there
    /// are enough of them to tell; else the declared language; else English.
    static func detect<Words: Sequence>(_ words: Words, declared: String?) -> TagLanguage where Words.Element == String {
        var hits = Array(repeating: 0, count: allCases.count)
        for word in words.prefix(wordsLookedAt) {
            guard let mask = stopWordLanguages[word] else { continue }
            for index in hits.indices where mask & (1 << index) != 0 { hits[index] += 1 }
        }
        // The most hits; on a tie, the first in allCases.
        let best = hits.indices.max { hits[$0] != hits[$1] ? hits[$0] < hits[$1] : $0 > $1 } ?? 0
        if hits[best] >= 5 { return allCases[best] }
        return TagLanguage(code: declared) ?? .english
    }

    /// For every stop-word, the languages that have it, one bit per language in `allCases` order.
    private static let stopWordLanguages: [String: UInt8] = {
        var masks: [String: UInt8] = [:]
        for (index, language) in allCases.enumerated() {
            for word in language.stopWords { masks[word, default: 0] |= 1 << index }
        }
        return masks
    }()
}
