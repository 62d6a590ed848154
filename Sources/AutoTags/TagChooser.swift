import ArticleModel
import Foundation

/// Scores one document's candidates against the collection and keeps the best few.
struct TagChooser: Sendable {
    /// The collection the scores are taken against.
    var collection: TagCollection
    /// Tags per document at most.
    var limit: Int

    /// How often a candidate must be mentioned (a title mention counts as ``Candidate/titleWeight``): a name of
    /// several words twice, a one-word name or a term three times, a term twice in the body.
    static let leastLongNameFrequency = 2.0, leastFrequency = 3.0, leastTermBodyCount = 2
    /// A tag scores at least this share of the document's best one.
    static let leastShareOfBest = 0.25
    /// Weights: a name of several words, a one-word name, an ordinary word.
    static let longNameWeight = 2.0, nameWeight = 1.5, termWeight = 0.5
    /// How much a name's rarity in the collection counts: gently, so a subject the whole
    /// collection shares (`North Korea` in a feed about it) still makes a tag.
    static let nameRarityWeight = 0.75
    /// How much a key some article already has as a tag counts more.
    static let existingTagWeight = 1.5

    /// The document's tags, best first. A word of one of the document's names is no tag of
    /// its own, and no tag repeats the words of a better one.
    func tags(for candidates: [Candidate], language: TagLanguage) -> [String] {
        let eligible = candidates.filter(isFrequentEnough)
        let nameWords = Set(eligible.lazy.filter { $0.kind == .name }.flatMap { $0.key.split(separator: " ").map { TagKey.term(String($0), language: language) } })
        let scored = eligible.filter { $0.kind == .name || !nameWords.contains($0.key) }  // `Northwind Ferries`, not `Ferries`
            .map { ($0, score($0, language: language)) }
            .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0.key < $1.0.key }
        guard let best = scored.first?.1, best > 0 else { return [] }
        var chosen: [(words: Set<String>, tag: Tag)] = []
        for (candidate, score) in scored where score >= best * Self.leastShareOfBest {
            guard chosen.count < limit else { break }
            let words = Set(candidate.key.split(separator: " ").map { TagKey.term(String($0), language: language) })
            let tag = Tag(spelling(of: candidate))
            if chosen.contains(where: { $0.tag == tag || $0.words.isSubset(of: words) || words.isSubset(of: $0.words) }) { continue }
            chosen.append((words, tag))
        }
        return chosen.map(\.tag.name)
    }

    /// Whether the document mentions `candidate` often enough to be tagged with it.
    func isFrequentEnough(_ candidate: Candidate) -> Bool {
        switch candidate.kind {
        case .name: candidate.frequency >= (candidate.wordCount > 1 ? Self.leastLongNameFrequency : Self.leastFrequency)
        case .term: candidate.frequency >= Self.leastFrequency && candidate.bodyCount >= Self.leastTermBodyCount
        }
    }

    /// frequency × weight × rarity: names are weighed gently by rarity (one in every document
    /// still counts), ordinary words strongly (one in every document counts for almost nothing).
    func score(_ candidate: Candidate, language: TagLanguage) -> Double {
        let documents = Double(collection.documentCount[language] ?? 1)
        let frequency = Double(collection.documentFrequency[language]?[candidate.key] ?? 1)
        let rarity: Double
        let weight: Double
        switch candidate.kind {
        case .name:
            rarity = 1 + Self.nameRarityWeight * log(documents / frequency)
            weight = candidate.wordCount > 1 ? Self.longNameWeight : Self.nameWeight
        case .term:
            rarity = log((documents + 1) / frequency)
            weight = Self.termWeight
        }
        let existing = collection.existingKeys.contains(candidate.key) ? Self.existingTagWeight : 1
        return candidate.frequency * weight * rarity * existing
    }

    /// How the tag is written: as an existing tag spells it, else as the collection writes it
    /// most, an ordinary word with a capital first letter.
    func spelling(of candidate: Candidate) -> String {
        let text = collection.spelling[candidate.key] ?? candidate.key
        guard candidate.kind == .term, let first = text.first, !collection.existingKeys.contains(candidate.key) else { return text }
        return first.uppercased() + text.dropFirst()
    }
}
