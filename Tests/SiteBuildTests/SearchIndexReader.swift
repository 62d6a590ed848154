import ArticleModel
import Foundation

/// `search-index.js` and its shards read back as `assets/search.js` reads them: the lengths,
/// the documents, the front-coded terms and their base-64 VLQ postings (the format is in
/// Layouts/README.md).
struct SearchIndexReader {
    /// Each document as `[title, folder, date, excerpt, length]`.
    var documents: [[String]]
    /// Each term with its postings: `term: 0×1+title, 2×1` (article number × body count).
    var lines: [String]
    /// The first term of each terms shard.
    var shards: [String]

    struct Malformed: Error, CustomStringConvertible {
        var description: String
    }

    /// Reads the index from a site's `files`.
    init(_ files: [OutputFile]) throws {
        let texts = Dictionary(files.map { ($0.path, $0.text) }, uniquingKeysWith: { first, _ in first })
        guard let main = texts["search-index.js"] else { throw Malformed(description: "no search-index.js") }
        try self.init(main) { texts[$0] }
    }

    /// Reads `script` (`search-index.js`), and each shard it does not hold from `shard(path)`.
    init(_ script: String, shard: (String) -> String? = { _ in nil }) throws {
        let object = try Self.object(script, after: "window.BroadsheetSearch = ")
        guard object["format"] as? Int == 2, let lengthText = object["lengths"] as? String,
              let shards = object["shards"] as? [String], let perShard = object["perShard"] as? Int,
              var terms = object["t"] as? [[String]], var docs = object["d"] as? [[[String]]] else { throw Malformed(description: "missing keys") }
        if terms.count < shards.count {
            terms = try shards.indices.map { try Self.shard(shard, "terms", $0) as? [String] ?? [] }
            let docShards = (lengthText.isEmpty ? 0 : Self.vlq(Substring(lengthText)).count + perShard - 1) / perShard
            docs = try (0..<docShards).map { try Self.shard(shard, "docs", $0) as? [[String]] ?? [] }
        }
        let lengths = Self.vlq(Substring(lengthText))
        let all = docs.flatMap { $0 }
        guard all.count == lengths.count, docs.dropLast().allSatisfy({ $0.count == perShard }) else {
            throw Malformed(description: "\(all.count) documents, \(lengths.count) lengths")
        }
        documents = zip(all, lengths).map { $0 + ["\($1)"] }
        lines = []
        for (number, pair) in terms.enumerated() {
            guard pair.count == 2 else { throw Malformed(description: "terms shard \(number) is not [terms, postings]") }
            let names = try Self.frontDecoded(pair[0])
            let lists = pair[1].split(separator: " ", omittingEmptySubsequences: false)
            guard names.count == lists.count, names.first == shards[number] else {
                throw Malformed(description: "shard \(number): \(names.count) terms, \(lists.count) postings, first \(names.first ?? "")")
            }
            lines += try zip(names, lists).map { name, list in "\(name): " + (try Self.postings(list)).joined(separator: ", ") }
        }
        self.shards = shards
    }

    /// The JSON value assigned by `script`, which starts with `prefix`.
    static func object(_ script: String, after prefix: String) throws -> [String: Any] {
        guard let value = try value(script, after: prefix) as? [String: Any] else { throw Malformed(description: "not an object") }
        return value
    }

    static func value(_ script: String, after prefix: String) throws -> Any {
        guard script.hasPrefix(prefix), script.hasSuffix(";\n") else { throw Malformed(description: "not one assignment after \(prefix)") }
        return try JSONSerialization.jsonObject(with: Data(script.dropFirst(prefix.count).dropLast(2).utf8))
    }

    /// Shard `number` of `kind` (`search/terms-3.js`), which fills one slot.
    static func shard(_ read: (String) -> String?, _ kind: String, _ number: Int) throws -> Any {
        let path = "search/\(kind)-\(number).js"
        guard let text = read(path) else { throw Malformed(description: "no \(path)") }
        return try value(text, after: "BroadsheetSearch.\(kind.prefix(1))[\(number)] = ")
    }

    /// Terms from `AtideEsCme` (a character of `A`–`Z!#$%&'()*+,-./` for the UTF-16 units
    /// shared with the term before, then the rest).
    static func frontDecoded(_ text: String) throws -> [String] {
        let digits = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ!#$%&'()*+,-./".unicodeScalars)
        var terms: [String] = []
        var previous: [UInt16] = []
        var shared: Int? = nil
        var rest = String.UnicodeScalarView()
        func end() throws {
            guard let count = shared else { return }
            guard count <= previous.count, !rest.isEmpty else { throw Malformed(description: "bad entry after \(terms.last ?? "the start")") }
            previous = Array(previous.prefix(count)) + Array(String(rest).utf16)
            terms.append(String(decoding: previous, as: UTF16.self))
            rest = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            if let value = digits.firstIndex(of: scalar) {
                try end()
                shared = value
            } else {
                guard shared != nil else { throw Malformed(description: "\(text.prefix(10)) starts with no shared count") }
                rest.append(scalar)
            }
        }
        try end()
        return terms
    }

    /// `0×1+title, 2×1` from one term's postings (delta × 4 + the weight's code).
    static func postings(_ text: Substring) throws -> [String] {
        let numbers = vlq(text)
        var out: [String] = []
        var document = 0
        var index = 0
        while index < numbers.count {
            document += numbers[index] >> 2
            var weight = 2 + 2 * (numbers[index] & 3)
            if numbers[index] & 3 == 3 {
                index += 1
                guard index < numbers.count else { throw Malformed(description: "weight missing in \(text)") }
                weight = numbers[index]
            }
            out.append("\(document)×\(weight >> 1)" + (weight & 1 == 1 ? "+title" : ""))
            index += 1
        }
        return out
    }

    /// Base-64 VLQ numbers: five bits a digit, low first, bit 32 set when more follow.
    static func vlq(_ text: Substring) -> [Int] {
        var numbers: [Int] = []
        var value = 0
        var shift = 0
        for unit in text.utf8 {
            guard let digit = digits(unit) else { return [] }
            value |= (digit & 31) << shift
            if digit & 32 == 0 {
                numbers.append(value)
                value = 0
                shift = 0
            } else {
                shift += 5
            }
        }
        return numbers
    }

    private static func digits(_ unit: UInt8) -> Int? {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        return alphabet.firstIndex(of: unit)
    }
}
