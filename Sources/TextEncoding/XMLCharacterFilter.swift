import Foundation

/// Removes, from valid UTF-8, the characters XML 1.0 cannot hold: C0 controls but tab, LF and
/// CR (NUL included), U+FFFE and U+FFFF. One stray vertical tab in a CDATA body would
/// otherwise stop libxml2 there and lose every later item.
enum XMLCharacterFilter {
    /// `bytes` (valid UTF-8) without the characters XML cannot hold, in one copy, and how
    /// many there were.
    static func filtered(_ bytes: UnsafeRawBufferPointer) -> (utf8: Data, removed: Int) {
        guard let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return (Data(), 0) }
        var output = Data(capacity: bytes.count)
        var removed = 0
        var i = 0
        var runStart = 0
        while i < bytes.count {
            let skip = forbiddenLength(bytes, at: i)
            if skip == 0 {
                i += 1
                continue
            }
            output.append(base + runStart, count: i - runStart)
            removed += 1
            i += skip
            runStart = i
        }
        output.append(base + runStart, count: bytes.count - runStart)
        return (output, removed)
    }

    /// The length of the character XML cannot hold that starts at `i` of valid UTF-8, or 0.
    private static func forbiddenLength(_ bytes: UnsafeRawBufferPointer, at i: Int) -> Int {
        let b = bytes[i]
        if b < 0x20 { return b == 0x09 || b == 0x0A || b == 0x0D ? 0 : 1 }
        if b == 0xEF, i + 2 < bytes.count, bytes[i + 1] == 0xBF, bytes[i + 2] >= 0xBE { return 3 }
        return 0
    }
}
