import AutoTags
import Foundation

/// The fixture collection in `Fixtures/collection/`: one article per file, header lines
/// (`title:`, optional `language:` and `tags:`), a blank line, then the body.
enum CollectionFixture {
    /// The fixture folder.
    static let folder = Bundle.module.resourceURL!.appendingPathComponent("Fixtures")

    /// The articles, by file name, in file-name order.
    static func documents() throws -> [(name: String, document: TagDocument)] {
        let collection = folder.appendingPathComponent("collection")
        let names = try FileManager.default.contentsOfDirectory(atPath: collection.path).filter { $0.hasSuffix(".txt") }.sorted()
        return try names.map { name in
            (name, try document(String(contentsOf: collection.appendingPathComponent(name), encoding: .utf8)))
        }
    }

    /// The expected tags, `NAME: Tag, Tag` per line (`NAME: -` for none).
    static func expected() throws -> [String: [String]] {
        let text = try String(contentsOf: folder.appendingPathComponent("expected-tags.txt"), encoding: .utf8)
        var out: [String: [String]] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let tags = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            out[String(line[..<colon])] = tags == "-" ? [] : tags.components(separatedBy: ", ")
        }
        return out
    }

    /// One file as a document.
    static func document(_ text: String) -> TagDocument {
        let parts = text.components(separatedBy: "\n\n")
        var fields: [String: String] = [:]
        for line in parts[0].split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let tags = fields["tags"].map { $0.components(separatedBy: ", ") } ?? []
        return TagDocument(title: fields["title"] ?? "", text: parts.dropFirst().joined(separator: "\n\n"),
                           language: fields["language"], tags: tags)
    }
}
