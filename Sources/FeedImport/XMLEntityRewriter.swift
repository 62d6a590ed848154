import Foundation

/// Rewrites HTML named entities (`&nbsp;`, `&mdash;`, …) that XML does not declare into numeric
/// references (`&#160;`), outside CDATA sections and comments, so the XML parser does not stop
/// at them. One pass over the bytes; names are at most ``HTMLEntities/longestName`` long.
enum XMLEntityRewriter {
    /// `data` with known HTML entities made numeric; `data` itself when there is none.
    static func rewrite(_ data: Data) -> Data {
        let bytes = [UInt8](data)
        var out: [UInt8] = []
        var copied = 0  // bytes[..<copied] are already in `out` (only once a rewrite happened)
        var rewrote = false
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "<") {
                i = skipSection(bytes, from: i)
                continue
            }
            guard b == UInt8(ascii: "&"), let (end, code) = entity(bytes, at: i) else {
                i += 1
                continue
            }
            if !rewrote { out.reserveCapacity(bytes.count + 64) }
            rewrote = true
            out += bytes[copied..<i]
            out += Array("&#\(code);".utf8)
            copied = end
            i = end
        }
        guard rewrote else { return data }
        out += bytes[copied...]
        return Data(out)
    }

    /// The index after a CDATA section or comment starting at `i`, else `i + 1`.
    private static func skipSection(_ bytes: [UInt8], from i: Int) -> Int {
        if starts(bytes, at: i, with: cdataOpen) {
            return find(cdataClose, in: bytes, from: i + cdataOpen.count) ?? bytes.count
        }
        if starts(bytes, at: i, with: commentOpen) {
            return find(commentClose, in: bytes, from: i + commentOpen.count) ?? bytes.count
        }
        return i + 1
    }

    /// The end index and code point of a known entity at `i` (which holds `&`).
    private static func entity(_ bytes: [UInt8], at i: Int) -> (Int, UInt32)? {
        var j = i + 1
        while j < bytes.count, j - i <= HTMLEntities.longestName, isNameByte(bytes[j]) { j += 1 }
        guard j < bytes.count, j > i + 1, bytes[j] == UInt8(ascii: ";") else { return nil }
        let name = String(decoding: bytes[(i + 1)..<j], as: UTF8.self)
        guard let code = HTMLEntities.codePoints[name] else { return nil }
        return (j + 1, code)
    }

    private static func isNameByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39)
    }

    private static func starts(_ bytes: [UInt8], at i: Int, with prefix: [UInt8]) -> Bool {
        guard i + prefix.count <= bytes.count else { return false }
        for k in 0..<prefix.count where bytes[i + k] != prefix[k] { return false }
        return true
    }

    /// The index just after the first `needle` at or after `from`.
    private static func find(_ needle: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
        var i = from
        while i + needle.count <= bytes.count {
            if bytes[i] == needle[0], starts(bytes, at: i, with: needle) { return i + needle.count }
            i += 1
        }
        return nil
    }

    private static let cdataOpen = Array("<![CDATA[".utf8)
    private static let cdataClose = Array("]]>".utf8)
    private static let commentOpen = Array("<!--".utf8)
    private static let commentClose = Array("-->".utf8)
}
