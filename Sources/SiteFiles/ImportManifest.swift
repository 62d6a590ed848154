import Foundation

/// What `broadsheet import` wrote into `content/`, kept in `.broadsheet/imports.json` in the
/// site folder: for each file, the article's id and a hash of the exact text written. A file
/// whose text no longer matches its hash was edited by hand and is never overwritten without
/// `--force`; an article seen again is recognised by its id and keeps its file.
public struct ImportManifest: Hashable, Sendable, Codable {
    /// One written file.
    public struct Record: Hashable, Sendable, Codable {
        /// The article's id (guid, else link).
        public var id: String
        /// ``ArticleModel/ContentHash`` of the text written.
        public var hash: String

        /// Creates a record.
        public init(id: String, hash: String) {
            self.id = id
            self.hash = hash
        }
    }

    /// Records by path relative to the site folder (`content/2024/slug.md`).
    public var files: [String: Record]

    /// Creates a manifest.
    public init(files: [String: Record] = [:]) { self.files = files }

    /// Reads a manifest's JSON; `file` names it in errors.
    public static func parse(_ data: Data, file: String) throws(SiteFileError) -> ImportManifest {
        do {
            return try JSONDecoder().decode(ImportManifest.self, from: data)
        } catch {
            throw SiteFileError(file: file, "unreadable import record: \(error)",
                                hint: "delete the file; Broadsheet will then treat every file in content/ as edited by hand")
        }
    }

    /// The manifest as pretty, key-sorted JSON (stable across runs).
    public var json: Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)) ?? Data("{}".utf8)
    }
}
