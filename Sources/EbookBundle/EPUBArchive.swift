import Foundation
import ZIPFoundation

/// Writes the EPUB container in memory: `mimetype` first and stored, then every other file
/// deflated, each with the same fixed date and permissions so the bytes never depend on the
/// clock, the time zone or the user running the build.
struct EPUBArchive {
    /// The date written on every entry (ZIP dates have no zone; ZIPFoundation writes them in UTC).
    static let entryDate = Date(timeIntervalSince1970: 315_532_800)  // 1980-01-01T00:00:00Z, the ZIP epoch
    /// The permissions written on every entry.
    static let entryPermissions: UInt16 = 0o644

    private let archive: Archive

    /// Starts an empty archive holding only the `mimetype` entry.
    init() throws {
        do {
            archive = try Archive(data: Data(), accessMode: .create)
        } catch {
            throw EPUBError.archive(entry: "(new archive)", reason: "\(error)")
        }
        try add("mimetype", Data("application/epub+zip".utf8), compressed: false)
    }

    /// Adds a file at `path` (relative to the container's root).
    func add(_ path: String, _ contents: Data, compressed: Bool = true) throws {
        do {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(contents.count),
                                 modificationDate: EPUBArchive.entryDate, permissions: EPUBArchive.entryPermissions,
                                 compressionMethod: compressed ? .deflate : .none) { position, size in
                let start = Int(position)
                return contents.subdata(in: start..<min(start + size, contents.count))
            }
        } catch {
            throw EPUBError.archive(entry: path, reason: "\(error)")
        }
    }

    /// The archive's bytes.
    func data() throws -> Data {
        guard let data = archive.data else { throw EPUBError.archive(entry: "(whole archive)", reason: "no in-memory data") }
        return data
    }
}
