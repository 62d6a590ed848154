import MarkupTree

/// Decodes character references in text without tags (`Tom &amp; Jerry`, `&#8217;`,
/// `&#x2019;`, `&nbsp;`) in one pass over the UTF-8 bytes. Unknown names stay as written.
enum EntityDecoder {
    /// `text` with its character references decoded.
    static func decode(_ text: String) -> String {
        let bytes = Array(text.utf8)
        guard bytes.contains(UInt8(ascii: "&")) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "&"), let (end, scalar) = reference(bytes, at: i) {
                out += Array(String(Character(scalar)).utf8)
                i = end
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The end index and character of the reference at `i` (which holds `&`).
    private static func reference(_ bytes: [UInt8], at i: Int) -> (Int, Unicode.Scalar)? {
        var j = i + 1
        while j < bytes.count, j - i <= 32, bytes[j] != UInt8(ascii: ";"), bytes[j] != UInt8(ascii: "&"),
              bytes[j] > 0x20 { j += 1 }
        guard j < bytes.count, bytes[j] == UInt8(ascii: ";"), j > i + 1 else { return nil }
        let name = String(decoding: bytes[(i + 1)..<j], as: UTF8.self)
        // `&#150;` is `–`, as in HTML: the C1 codes read as Windows-1252.
        guard let code = codePoint(name), let scalar = Windows1252Controls.character(for: code) ?? Unicode.Scalar(code),
              code != 0 else { return nil }
        return (j + 1, scalar)
    }

    private static func codePoint(_ name: String) -> UInt32? {
        if name.hasPrefix("#x") || name.hasPrefix("#X") { return UInt32(name.dropFirst(2), radix: 16) }
        if name.hasPrefix("#") { return UInt32(name.dropFirst(), radix: 10) }
        return basic[name] ?? HTMLEntities.codePoints[name]
    }

    private static let basic: [String: UInt32] = ["amp": 38, "lt": 60, "gt": 62, "quot": 34, "apos": 39]
}
