import Foundation

/// `search-index.js` read back as `assets/search.js` reads it: the documents, the front-coded
/// terms and their base-64 VLQ postings (the format is in Layouts/README.md).
struct SearchIndexReader {
    /// Each document as `[title, folder, date, excerpt, length]`.
    var documents: [[String]]
    /// Each term with its postings: `term: 0×1+title, 2×1` (article number × body count).
    var lines: [String]

    struct Malformed: Error, CustomStringConvertible {
        var description: String
    }

    init(_ script: String) throws {
        let prefix = "window.BroadsheetSearch = "
        guard script.hasPrefix(prefix), script.hasSuffix("};\n") else { throw Malformed(description: "not one assignment") }
        let json = Data(script.dropFirst(prefix.count).dropLast(2).utf8)
        guard let object = try JSONSerialization.jsonObject(with: json) as? [String: Any],
              object["format"] as? Int == 1,
              let docs = object["docs"] as? [[Any]], let terms = object["terms"] as? String,
              let postings = object["postings"] as? String else { throw Malformed(description: "missing keys") }
        documents = docs.map { $0.map { "\($0)" } }
        let names = try Self.frontDecoded(terms)
        let lists = postings.isEmpty ? [] : postings.split(separator: " ", omittingEmptySubsequences: false)
        guard names.count == lists.count else { throw Malformed(description: "\(names.count) terms, \(lists.count) postings") }
        lines = try zip(names, lists).map { name, list in "\(name): " + (try Self.postings(list)).joined(separator: ", ") }
    }

    /// Terms from `Aterm Dms` (shared UTF-16 length in VLQ, then the rest).
    static func frontDecoded(_ text: String) throws -> [String] {
        guard !text.isEmpty else { return [] }
        var previous: [UInt16] = []
        return try text.split(separator: " ", omittingEmptySubsequences: false).map { entry in
            let bytes = Array(entry.utf8)
            var count = 0
            while count < bytes.count, let value = digits(bytes[count]) {
                count += 1
                if value & 32 == 0 { break }
            }
            let rest = String(decoding: bytes[count...], as: UTF8.self)
            guard let shared = vlq(Substring(String(decoding: bytes[..<count], as: UTF8.self))).first, shared <= previous.count else {
                throw Malformed(description: "bad prefix in \(entry)")
            }
            previous = Array(previous.prefix(shared)) + Array(rest.utf16)
            return String(decoding: previous, as: UTF16.self)
        }
    }

    /// `0×1+title, 2×1` from one term's postings.
    static func postings(_ text: Substring) throws -> [String] {
        let numbers = vlq(text)
        var out: [String] = []
        var document = 0
        var index = 0
        while index < numbers.count {
            document += numbers[index] >> 1
            var weight = 2
            if numbers[index] & 1 == 1 {
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
