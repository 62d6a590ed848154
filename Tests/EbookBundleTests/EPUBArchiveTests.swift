import Foundation
@testable import EbookBundle
import Testing
import ZIPFoundation

/// The EPUB container is written in one pass (``EPUBArchive``) with the bytes ZIPFoundation's
/// `Archive.addEntry` writes for the same entries, so the change of writer changed no book.
@Suite struct EPUBArchiveTests {
    /// Entries of every kind the book has: stored, deflated, empty, a UTF-8 name, a large file.
    static let entries: [(String, Data, Bool)] = [
        ("META-INF/container.xml", Data("<?xml version=\"1.0\"?><container/>".utf8), true),
        ("OEBPS/empty.xhtml", Data(), true),
        ("OEBPS/stored.png", Data((0..<300).map { UInt8($0 % 256) }), false),
        ("OEBPS/café-ünïcode.xhtml", Data("<p>Grüße</p>".utf8), true),
        ("OEBPS/big.xhtml", Data((0..<200_000).map { UInt8(UInt32($0).multipliedFullWidth(by: 2_654_435_761).low >> 24 | 0x20) }), true),
    ]

    /// The same entries through ZIPFoundation, as the book was written before.
    static func zipFoundationBytes() throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        let all = [("mimetype", Data("application/epub+zip".utf8), false)] + entries
        for (path, contents, compressed) in all {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(contents.count),
                                 modificationDate: Date(timeIntervalSince1970: 315_532_800), permissions: 0o644,
                                 compressionMethod: compressed ? .deflate : .none) { position, size in
                contents.subdata(in: Int(position)..<min(Int(position) + size, contents.count))
            }
        }
        return try #require(archive.data)
    }

    @Test func bytesAreZIPFoundationsForTheSameEntries() throws {
        let archive = try EPUBArchive()
        for (path, contents, compressed) in Self.entries { try archive.add(path, contents, compressed: compressed) }
        let ours = try archive.data()
        #expect(ours == (try Self.zipFoundationBytes()))
        let read = try Archive(data: ours, accessMode: .read)
        #expect(read.map(\.path) == ["mimetype"] + Self.entries.map(\.0))
        for (path, contents, _) in Self.entries {
            var back = Data()
            _ = try read.extract(try #require(read[path]), consumer: { back.append($0) })
            #expect(back == contents, "\(path)")
        }
    }

    @Test func anEmptyBookHoldsOnlyItsMimetype() throws {
        let read = try Archive(data: try EPUBArchive().data(), accessMode: .read)
        #expect(read.map(\.path) == ["mimetype"])
        #expect(read["mimetype"]?.type == .file)
    }

    /// A book of 100,000 articles has more files than a plain ZIP end record counts (65,535):
    /// the archive then ends with the ZIP64 records, and a reader finds every entry.
    @Test func overSixtyFiveThousandEntriesEndWithZIP64Records() throws {
        let archive = try EPUBArchive()
        let count = 70_000
        for index in 0..<count { try archive.add("OEBPS/c\(index).xhtml", Data("\(index)".utf8), compressed: false) }
        let bytes = try archive.data()
        let end = bytes.suffix(22)
        #expect(Array(end.prefix(4)) == [0x50, 0x4B, 0x05, 0x06])
        #expect(Array(end.dropFirst(8).prefix(4)) == [0xFF, 0xFF, 0xFF, 0xFF])  // entries: see the ZIP64 record
        let locator = bytes.dropLast(22).suffix(20)
        #expect(Array(locator.prefix(4)) == [0x50, 0x4B, 0x06, 0x07])
        let read = try Archive(data: bytes, accessMode: .read)
        let paths = read.map(\.path)
        #expect(paths.count == count + 1)
        #expect(paths.first == "mimetype" && paths.last == "OEBPS/c\(count - 1).xhtml")
        var back = Data()
        _ = try read.extract(try #require(read["OEBPS/c65600.xhtml"]), consumer: { back.append($0) })
        #expect(back == Data("65600".utf8))
    }
}
