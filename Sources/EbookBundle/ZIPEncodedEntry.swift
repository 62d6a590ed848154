import Foundation
import ZIPFoundation

/// One file ready for ``EPUBArchive/add(_:)``: its bytes as stored (raw deflate, or as they
/// are) with the CRC-32 and size of the original. Encoding is the costly part of adding a
/// file and needs nothing of the archive, so many entries can be encoded at once.
struct ZIPEncodedEntry: Sendable {
    /// The path in the archive.
    let path: String
    /// The bytes as stored.
    let stored: Data
    /// The CRC-32 of the original bytes.
    let checksum: CRC32
    /// The size of the original bytes.
    let size: Int
    /// Whether `stored` is deflated.
    let compressed: Bool

    /// `contents` encoded for `path`.
    /// - Throws: ``EPUBError/archive(entry:reason:)`` when deflating fails.
    init(_ path: String, _ contents: Data, compressed: Bool) throws {
        self.path = path
        size = contents.count
        self.compressed = compressed
        guard compressed else {
            stored = contents
            checksum = contents.crc32(checksum: 0)
            return
        }
        var out = Data()
        do {
            checksum = try Data.compress(size: Int64(contents.count), bufferSize: defaultWriteChunkSize,
                                         provider: { position, size in
                                             let start = Int(position)
                                             return contents.subdata(in: start..<min(start + size, contents.count))
                                         }, consumer: { out.append($0) })
        } catch {
            throw EPUBError.archive(entry: path, reason: "\(error)")
        }
        stored = out
    }
}
