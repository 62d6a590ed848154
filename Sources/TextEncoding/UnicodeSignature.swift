/// What the first bytes alone say about a Unicode encoding: a byte-order mark, or the NUL
/// bytes that UTF-16 and UTF-32 put beside ASCII characters (`<\0?\0`, `\0\0\0<`, `{\0`).
struct UnicodeSignature: Equatable {
    /// The encoding shown.
    let encoding: CharacterEncoding
    /// The length of the byte-order mark to skip (0 when there is none).
    let markLength: Int
    /// Whether a byte-order mark showed it (it then wins over any declaration).
    var hasMark: Bool { markLength > 0 }

    /// How many leading bytes the NUL pattern is read from.
    static let window = 256

    /// The signature of `bytes`, or nil when they show none.
    static func of(_ bytes: UnsafeRawBufferPointer) -> UnicodeSignature? {
        mark(bytes) ?? nulPattern(bytes)
    }

    private static func mark(_ b: UnsafeRawBufferPointer) -> UnicodeSignature? {
        func starts(_ prefix: [UInt8]) -> Bool { b.count >= prefix.count && zip(b, prefix).allSatisfy { $0 == $1 } }
        if starts([0xEF, 0xBB, 0xBF]) { return UnicodeSignature(encoding: .utf8, markLength: 3) }
        if starts([0xFF, 0xFE, 0x00, 0x00]) { return UnicodeSignature(encoding: .utf32LE, markLength: 4) }
        if starts([0x00, 0x00, 0xFE, 0xFF]) { return UnicodeSignature(encoding: .utf32BE, markLength: 4) }
        if starts([0xFF, 0xFE]) { return UnicodeSignature(encoding: .utf16LE, markLength: 2) }
        if starts([0xFE, 0xFF]) { return UnicodeSignature(encoding: .utf16BE, markLength: 2) }
        return nil
    }

    /// UTF-16 or UTF-32 without a mark, from where the NUL bytes fall in the first bytes: text
    /// that starts with ASCII markup has NULs in the same places of every code unit.
    private static func nulPattern(_ b: UnsafeRawBufferPointer) -> UnicodeSignature? {
        let count = min(b.count, window) / 4 * 4
        guard count >= 8 else { return nil }
        var zeros = [0, 0, 0, 0]
        for i in 0..<count where b[i] == 0 { zeros[i % 4] += 1 }
        let units = count / 4
        let all = units, most = units * 9 / 10
        if zeros[3] == all && zeros[2] >= most && zeros[1] >= most / 2 && zeros[0] < all {
            return UnicodeSignature(encoding: .utf32LE, markLength: 0)
        }
        if zeros[0] == all && zeros[1] >= most && zeros[2] >= most / 2 && zeros[3] < all {
            return UnicodeSignature(encoding: .utf32BE, markLength: 0)
        }
        let odd = zeros[1] + zeros[3], even = zeros[0] + zeros[2], pairs = count / 2
        if odd >= max(2, pairs / 4) && even * 4 <= odd && b[0] != 0 { return UnicodeSignature(encoding: .utf16LE, markLength: 0) }
        if even >= max(2, pairs / 4) && odd * 4 <= even && b[1] != 0 { return UnicodeSignature(encoding: .utf16BE, markLength: 0) }
        return nil
    }
}
