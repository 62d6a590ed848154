import ArticleModel
import Foundation

/// What the tagger knows about the whole collection: each document's candidates (one per
/// entity, spellings merged), in how many documents of each language each key occurs, how
/// each key is most often written, and how existing tags spell it.
struct TagCollection: Sendable {
    /// Each document's candidates, in key order.
    private(set) var candidates: [[Candidate]] = []
    /// Documents per language.
    private(set) var documentCount: [TagLanguage: Int] = [:]
    /// Per language, the number of documents that mention each key.
    private(set) var documentFrequency: [TagLanguage: [String: Int]] = [:]
    /// The spelling a tag with this key takes.
    private(set) var spelling: [String: String] = [:]
    /// Keys that existing tags have.
    private(set) var existingKeys: Set<String> = []

    /// Gathers the collection from every document's mentions.
    init(documents: [TagDocument], scanned: [ScannedDocument], mentions: [[Mention]]) {
        let keyed = Self.mergedKeys(mentions, languages: scanned.map(\.language))
        candidates = Parallel.map(Array(keyed.indices)) { Self.candidates(mentions[$0], keys: keyed[$0]) }
        let languages = scanned.map(\.language)
        for language in Set(languages) {
            var frequency: [String: Int] = [:]
            var count = 0
            for (document, documentLanguage) in zip(candidates, languages) where documentLanguage == language {
                count += 1
                for candidate in document { frequency[candidate.key, default: 0] += 1 }
            }
            documentCount[language] = count
            documentFrequency[language] = frequency
        }
        spelling = Self.spellings(mentions, keys: keyed)
        for (key, tag) in Self.existingSpellings(documents, languages: scanned.map(\.language)) {
            spelling[key] = tag
            existingKeys.insert(key)
        }
    }

    /// Each mention's key once spellings of one entity are merged: an English demonym counts
    /// for its country, and a one-word name for the only longer name of the document that
    /// starts or ends with it (`Putin` for `Vladimir Putin`), unless some document names it
    /// alone (`Russia` stays `Russia` beside `Russia Far East`).
    private static func mergedKeys(_ mentions: [[Mention]], languages: [TagLanguage]) -> [[String]] {
        let names = Set(mentions.joined().lazy.filter { $0.kind == .name }.map(\.key))
        let keys = Parallel.map(Array(mentions.indices)) { index in
            mentions[index].map { mention -> String in
                guard mention.kind == .name, languages[index] == .english else { return mention.key }
                return TagKey.country(ofDemonym: mention.key, names: names) ?? mention.key
            }
        }
        let longer = Parallel.map(Array(mentions.indices)) { longerNames(mentions[$0], keys: keys[$0]) }
        let alone = Parallel.map(Array(mentions.indices)) { index in
            namedAlone(mentions[index], keys: keys[index], longer: longer[index])
        }.reduce(into: Set<String>()) { $0.formUnion($1) }
        return Parallel.map(Array(mentions.indices)) { index in
            zip(mentions[index], keys[index]).map { mention, key in
                guard mention.kind == .name, mention.wordCount == 1, !alone.contains(key),
                      let only = longer[index][key], only.count == 1, let full = only.first else { return key }
                return full
            }
        }
    }

    /// One-word names the document uses with no longer name around them.
    private static func namedAlone(_ mentions: [Mention], keys: [String], longer: [String: Set<String>]) -> Set<String> {
        var alone = Set<String>()
        for (mention, key) in zip(mentions, keys) where mention.kind == .name && mention.wordCount == 1 && longer[key] == nil {
            alone.insert(key)
        }
        return alone
    }

    /// For each word that starts or ends a name of several words in the document, those names.
    private static func longerNames(_ mentions: [Mention], keys: [String]) -> [String: Set<String>] {
        var longer: [String: Set<String>] = [:]
        for (mention, key) in zip(mentions, keys) where mention.kind == .name && mention.wordCount > 1 {
            let words = key.split(separator: " ")
            for end in [words.first, words.last].compactMap({ $0 }) { longer[String(end), default: []].insert(key) }
        }
        return longer
    }

    /// One candidate per key, counting body and title mentions.
    private static func candidates(_ mentions: [Mention], keys: [String]) -> [Candidate] {
        var byKey: [String: Candidate] = [:]
        for (mention, key) in zip(mentions, keys) {
            var candidate = byKey[key] ?? Candidate(key: key, kind: mention.kind, wordCount: key.split(separator: " ").count, bodyCount: 0, titleCount: 0)
            if mention.inTitle { candidate.titleCount += 1 } else { candidate.bodyCount += 1 }
            if mention.kind == .name { candidate.kind = .name }  // a key written both ways is a name
            byKey[key] = candidate
        }
        return byKey.values.sorted { $0.key < $1.key }
    }

    /// The most frequent way each key is written in bodies (titles only when no body has it);
    /// ties go to the first in code-point order. Mentions merged into another key do not vote.
    private static func spellings(_ mentions: [[Mention]], keys: [[String]]) -> [String: String] {
        var votes: [Pair: Int] = [:]
        for (document, documentKeys) in zip(mentions, keys) {
            for (mention, key) in zip(document, documentKeys) where key == mention.key {
                votes[Pair(key: key, surface: mention.surface), default: 0] += mention.inTitle ? 1 : 1000
            }
        }
        var best: [String: (surface: String, votes: Int)] = [:]
        for (pair, count) in votes {
            if let current = best[pair.key], (current.votes, pair.surface) > (count, current.surface) { continue }
            best[pair.key] = (pair.surface, count)
        }
        return best.mapValues(\.surface)
    }

    /// A key and one way of writing it.
    private struct Pair: Hashable {
        var key: String
        var surface: String
    }

    /// The spelling of every existing tag, by its name key and its term key; when two tags
    /// share a key, the one more documents use (then the first in code-point order).
    private static func existingSpellings(_ documents: [TagDocument], languages: [TagLanguage]) -> [String: String] {
        var votes: [String: [String: Int]] = [:]
        for (document, language) in zip(documents, languages) {
            for tag in document.tags {
                let trimmed = tag.trimmingCharacters(in: .whitespacesAndNewlines)
                guard !trimmed.isEmpty else { continue }
                for key in Set([TagKey.name(trimmed), TagKey.term(trimmed, language: language)]) {
                    votes[key, default: [:]][trimmed, default: 0] += 1
                }
            }
        }
        return votes.mapValues { surfaces in surfaces.min { ($1.value, $0.key) < ($0.value, $1.key) }!.key }
    }
}
