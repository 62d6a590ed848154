import Digest
import Foundation

/// The frame around every file of the build cache (`.broadsheet/cache/`), so a file cut short,
/// overwritten with garbage, of another format, or written by another program is never
/// believed: a header, then the payload.
///
/// ```
/// broadsheet cache\n          magic
/// 1                           format (a number, CacheWriter's encoding)
/// "render"                    kind of file
/// 61234567                    length in bytes of the rest
/// "9f86d08…"                  SHA-256 of the rest, 64 hex digits
/// "broadsheet 0.1.0 | …"      the rest: the program that wrote it (CacheKey.program),
/// payload                     then the payload
/// ```
enum CacheFile {
    /// What a file that cannot be used is.
    enum Problem: Error {
        /// Not a cache file of this format and kind, cut short or changed: worth a note.
        case unreadable
        /// Sound, but written by another program (another version or build of Broadsheet):
        /// expected after an upgrade, so no note.
        case otherProgram
    }

    /// The first bytes of every cache file.
    static let magic = Array("broadsheet cache\n".utf8)
    /// The layout of the header and payloads; a file of another format is unreadable.
    static let format = 1

    /// `payload` framed as a cache file of `kind` written by `program`.
    static func framed(_ payload: [UInt8], kind: String, program: String) -> Data {
        var signed = CacheWriter()
        signed.string(program)
        let body = Data(signed.bytes) + Data(payload)
        var header = CacheWriter()
        header.int(format)
        header.string(kind)
        header.int(body.count)
        header.string(SHA256.hex(body))
        return Data(magic) + Data(header.bytes) + body
    }

    /// A reader at the start of the payload of `data`, when it is a sound cache file of `kind`
    /// written by `program`.
    static func payload(of data: Data, kind: String, program: String) -> Result<CacheReader, Problem> {
        let bytes = [UInt8](data)
        guard bytes.starts(with: magic) else { return .failure(.unreadable) }
        var reader = CacheReader(bytes, from: magic.count)
        do throws(CacheReader.Damaged) {
            guard try reader.int() == format, try reader.string() == kind else { return .failure(.unreadable) }
            let length = try reader.int()
            let checksum = try reader.string()
            guard length == bytes.count - reader.offset,
                  SHA256.hex(Data(bytes[reader.offset...])) == checksum else { return .failure(.unreadable) }
            guard try reader.string() == program else { return .failure(.otherProgram) }
            return .success(reader)
        } catch {
            return .failure(.unreadable)
        }
    }
}
