import ArticleModel
import Foundation

/// The media store's record, `media/index.json` in the site folder: for each source address
/// fetched, the file it was saved as and what its header said. `fetch` writes it (a re-run
/// downloads nothing already recorded); `build` reads it to serve pictures offline. An
/// article edited by hand keeps its pictures, because it keeps their addresses.
public struct MediaRecord: Hashable, Sendable, Codable {
    /// The record's path relative to the site folder.
    public static let path = MediaLibrary.folder + "/index.json"

    /// One stored picture.
    public struct Entry: Hashable, Sendable, Codable {
        /// The file's name in `media/`.
        public var file: String
        /// The format sniffed from the bytes.
        public var type: ImageFormat
        /// Width in pixels.
        public var width: Int
        /// Height in pixels.
        public var height: Int
        /// Size in bytes.
        public var bytes: Int

        /// Creates an entry.
        public init(file: String, type: ImageFormat, width: Int, height: Int, bytes: Int) {
            self.file = file
            self.type = type
            self.width = width
            self.height = height
            self.bytes = bytes
        }
    }

    /// Entries by source address, as the article gives it.
    public var images: [String: Entry]

    /// Creates a record.
    public init(images: [String: Entry] = [:]) { self.images = images }

    /// The record of a library's files.
    public init(_ library: MediaLibrary) {
        var images: [String: Entry] = [:]
        for file in library.entries.values {
            images[file.source] = Entry(file: file.file, type: file.format, width: file.width, height: file.height, bytes: file.bytes)
        }
        self.images = images
    }

    /// Reads a record's JSON; `file` names it in errors. Entries whose file name could leave
    /// the store, whose type is SVG (it may carry script) or disagrees with the file's
    /// extension are dropped, each with a warning.
    public static func parse(_ data: Data, file: String, log: inout [Diagnostic]) throws(SiteFileError) -> MediaRecord {
        let record: MediaRecord
        do {
            record = try JSONDecoder().decode(MediaRecord.self, from: data)
        } catch {
            throw SiteFileError(file: file, "unreadable media record: \(error)",
                                hint: "delete the file and run `broadsheet fetch` again to rebuild it")
        }
        var kept = record
        for (source, entry) in record.images.sorted(by: { $0.key < $1.key }) {
            if !MediaFile.isStoreName(entry.file) || entry.width <= 0 || entry.height <= 0 {
                kept.images[source] = nil
                log.append(Diagnostic(.warning, file: file, "entry for \(source.prefix(120)) names an unusable file \"\(entry.file.prefix(80))\"; left out",
                                      hint: "run `broadsheet fetch` to fetch it again"))
            } else if entry.type == .svg || ImageFormat(fileExtension: String(entry.file.split(separator: ".").last ?? "")) != entry.type {
                // SVG can carry script, and fetch never stores it; a hand-made entry is not published either.
                kept.images[source] = nil
                log.append(Diagnostic(.warning, file: file, "entry for \(source.prefix(120)) is \(entry.type == .svg ? "an SVG, which may carry script" : "a \(entry.type.rawValue) stored as \"\(entry.file.prefix(80))\""); left out",
                                      hint: entry.type == .svg ? "convert it to PNG and record that file instead" : "run `broadsheet fetch` to fetch it again"))
            }
        }
        return kept
    }

    /// The library this record describes.
    public var library: MediaLibrary {
        MediaLibrary(images.keys.sorted().map { source in
            let entry = images[source]!
            return MediaFile(source: source, file: entry.file, format: entry.type, width: entry.width, height: entry.height, bytes: entry.bytes)
        })
    }

    /// The record as pretty, key-sorted JSON (stable across runs).
    public var json: Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)) ?? Data("{}".utf8)
    }
}
