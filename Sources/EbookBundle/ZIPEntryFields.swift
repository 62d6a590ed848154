import Foundation

/// The fields a ZIP entry's local header and its central directory record share.
struct ZIPEntryFields {
    let method: UInt16
    let checksum: UInt32
    let compressedSize: UInt32
    let size: UInt32
    let nameLength: UInt16

    /// Version 2.0 needed; flag bit 11: the name is UTF-8.
    private static let (version, flags, madeBy): (UInt16, UInt16, UInt16) = (20, 1 << 11, 3 << 8 | 21)

    /// The local file header, without the name that follows it.
    var localHeader: Data {
        var record = ZIPRecord()
        record.append32(0x0403_4B50)
        record.append16(Self.version, Self.flags, method, EPUBArchive.entryDate.time, EPUBArchive.entryDate.date)
        record.append32(checksum, compressedSize, size)
        record.append16(nameLength, 0)
        return record.data
    }

    /// The central directory record for the entry at `offset`, without the name that follows it.
    func directoryRecord(offset: UInt32) -> Data {
        var record = ZIPRecord()
        record.append32(0x0201_4B50)
        record.append16(Self.madeBy, Self.version, Self.flags, method, EPUBArchive.entryDate.time, EPUBArchive.entryDate.date)
        record.append32(checksum, compressedSize, size)
        record.append16(nameLength, 0, 0, 0, 0)
        record.append32((UInt32(0o100000) | UInt32(EPUBArchive.entryPermissions)) << 16, offset)  // a regular file, rw-r--r--
        return record.data
    }
}
