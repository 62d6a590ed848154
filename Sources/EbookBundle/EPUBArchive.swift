import Foundation
import ZIPFoundation

/// Writes the EPUB container in memory: `mimetype` first and stored, then every other file
/// deflated, each with the same fixed date and permissions so the bytes never depend on the
/// clock, the time zone or the user running the build.
///
/// The ZIP records are written here, in one pass: each entry's local header and data are
/// appended as it is added, and the central directory once, at the end. (ZIPFoundation's
/// `Archive.addEntry` reads and rewrites the whole central directory on every entry, which is
/// quadratic in the number of chapters; only its deflate and CRC-32 are used.) The bytes are
/// those ZIPFoundation writes for the same entries (`EPUBArchiveTests` compares them).
final class EPUBArchive {
    /// The date written on every entry: 1980-01-01 00:00, the ZIP epoch, as MS-DOS date and time.
    static let entryDate: (date: UInt16, time: UInt16) = (1 << 5 | 1, 0)
    /// The permissions written on every entry.
    static let entryPermissions: UInt16 = 0o644
    /// The most this writer puts in one archive: entries, and bytes of archive. Over 65,534
    /// entries the end of the archive carries ZIP64 records (APPNOTE 4.3.14 and 4.3.15);
    /// every size and offset stays a 32-bit field, so the whole archive stays under 4 GB.
    static let limits = (entries: Int(UInt32.max) - 1, bytes: Int(UInt32.max) - 1)
    /// The most entries the plain end record counts; past it the count is in the ZIP64 record.
    static let plainEntries = Int(UInt16.max) - 1
    /// The bytes the ZIP64 end record (56) and its locator (20) add, and the plain end record.
    static let endBytes = (wide: 76, plain: 22)

    private var bytes = Data()
    private var directory = Data()
    private var entries = 0

    /// Starts an empty archive holding only the `mimetype` entry.
    init() throws {
        try add("mimetype", Data("application/epub+zip".utf8), compressed: false)
    }

    /// Adds a file at `path` (relative to the container's root).
    func add(_ path: String, _ contents: Data, compressed: Bool = true) throws {
        try add(ZIPEncodedEntry(path, contents, compressed: compressed))
    }

    /// Adds a file encoded beforehand.
    func add(_ entry: ZIPEncodedEntry) throws {
        let name = Data(entry.path.utf8)
        guard entries < Self.limits.entries, bytes.count + entry.stored.count + name.count + 30 < Self.limits.bytes, name.count <= Int(UInt16.max) else {
            throw EPUBError.archive(entry: entry.path, reason: "the book is too large for one ZIP archive (4 GB)")
        }
        let fields = ZIPEntryFields(method: entry.compressed ? 8 : 0, checksum: entry.checksum, compressedSize: UInt32(entry.stored.count),
                                 size: UInt32(entry.size), nameLength: UInt16(name.count))
        let offset = UInt32(bytes.count)
        bytes.append(fields.localHeader)
        bytes.append(name)
        bytes.append(entry.stored)
        directory.append(fields.directoryRecord(offset: offset))
        directory.append(name)
        entries += 1
    }

    /// The archive's bytes: the entries, the central directory and its end record (after
    /// the ZIP64 end record and its locator when there are more entries than the plain one counts).
    func data() throws -> Data {
        guard bytes.count + directory.count + Self.endBytes.plain + Self.endBytes.wide < Self.limits.bytes else {
            throw EPUBError.archive(entry: "(whole archive)", reason: "the book is too large for one ZIP archive (4 GB)")
        }
        var end = ZIPRecord()
        let wide = entries > Self.plainEntries
        if wide {
            let directoryEnd = UInt64(bytes.count + directory.count)
            end.append32(0x0606_4B50)  // ZIP64 end of central directory record
            end.append64(44)  // its size after this field
            end.append16(45, 45)  // made by and needed: version 4.5, ZIP64
            end.append32(0, 0)  // this disk, the directory's disk
            end.append64(UInt64(entries), UInt64(entries), UInt64(directory.count), UInt64(bytes.count))
            end.append32(0x0706_4B50, 0)  // its locator: signature, disk
            end.append64(directoryEnd)
            end.append32(1)  // disks in all
        }
        let count = wide ? UInt16.max : UInt16(entries)  // 0xFFFF: look in the ZIP64 record
        end.append32(0x0605_4B50)
        end.append16(0, 0, count, count)
        end.append32(UInt32(directory.count), UInt32(bytes.count))
        end.append16(0)
        return bytes + directory + end.data
    }
}
