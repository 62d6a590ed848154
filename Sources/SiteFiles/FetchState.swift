import ArticleModel
import Foundation

/// What `broadsheet fetch` knows of the feeds it downloaded, kept in `.broadsheet/fetch.json`
/// in the site folder: for each web address listed under `sources:`, the file it wrote in
/// `feeds/`, the fingerprint of the bytes written, and the server's validators for the next
/// conditional request. `build` reads it to find the copy of a web-address source; a file in
/// `feeds/` it does not name is the user's own and is never overwritten.
public struct FetchState: Hashable, Sendable, Codable {
    /// The state's path relative to the site folder.
    public static let path = ".broadsheet/fetch.json"

    /// One downloaded feed.
    public struct Feed: Hashable, Sendable, Codable {
        /// The file's name in `feeds/` (a name, never a path).
        public var file: String
        /// SHA-256 of the bytes written, to tell whether the file was changed since.
        public var sha256: String
        /// The server's `ETag`, when it sent one.
        public var etag: String?
        /// The server's `Last-Modified`, when it sent one.
        public var lastModified: String?

        /// Creates an entry.
        public init(file: String, sha256: String, etag: String? = nil, lastModified: String? = nil) {
            self.file = file
            self.sha256 = sha256
            self.etag = etag
            self.lastModified = lastModified
        }
    }

    /// Entries by the address as written under `sources:`.
    public var feeds: [String: Feed]

    /// Creates a state.
    public init(feeds: [String: Feed] = [:]) { self.feeds = feeds }

    /// Whether `name` is usable as a file fetch writes in `feeds/`: one visible path
    /// component (no `/`, `\\` or NUL, not starting with `.`), at most 200 bytes.
    public static func isFeedFileName(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.count <= 200 && !name.hasPrefix(".")
            && !name.contains { $0 == "/" || $0 == "\\" || $0 == "\0" }
    }

    /// Reads a state's JSON; `file` names it in errors. Entries whose file name could leave
    /// `feeds/` are dropped, each with a warning.
    public static func parse(_ data: Data, file: String, log: inout [Diagnostic]) throws(SiteFileError) -> FetchState {
        let state: FetchState
        do {
            state = try JSONDecoder().decode(FetchState.self, from: data)
        } catch {
            throw SiteFileError(file: file, "unreadable fetch state: \(error)",
                                hint: "delete the file and run `broadsheet fetch` again: the feeds are then downloaded anew")
        }
        var kept = state
        for (address, feed) in state.feeds where !isFeedFileName(feed.file) {
            kept.feeds[address] = nil
            log.append(Diagnostic(.warning, file: file, "entry for \(address.prefix(120)) names an unusable file \"\(feed.file.prefix(80))\"; left out",
                                  hint: "run `broadsheet fetch` to download the feed again"))
        }
        return kept
    }

    /// The state as pretty, key-sorted JSON (stable across runs).
    public var json: Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)) ?? Data("{}".utf8)
    }
}
