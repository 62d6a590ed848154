/// One pass over bytes that may be UTF-8: whether they are valid, how much of them is
/// non-ASCII, and how many characters XML cannot hold they carry.
struct UTF8Scan {
    /// Valid non-ASCII sequences.
    private(set) var multibyte = 0
    /// Bytes that start no valid sequence.
    private(set) var invalid = 0
    /// Characters XML 1.0 cannot hold: C0 controls but tab, LF and CR (NUL included), U+FFFE, U+FFFF.
    private(set) var forbidden = 0
    /// ESC bytes, which only the 7-bit ISO-2022 encodings use in text.
    private(set) var escapes = 0

    /// Whether every byte is part of a valid UTF-8 sequence.
    var isValid: Bool { invalid == 0 }
    /// Whether the bytes are mostly UTF-8 with a few stray bytes: a file edited in two
    /// encodings, or one cut inside a character. Legacy text almost never forms UTF-8 pairs.
    var isMostlyUTF8: Bool { multibyte > 0 && multibyte >= invalid * 4 }

    /// Scans `bytes`.
    init(_ bytes: UnsafeRawBufferPointer) {
        let count = bytes.count
        var i = 0
        while i < count {
            let b = bytes[i]
            if b < 0x80 {
                if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D {
                    forbidden += 1
                    if b == 0x1B { escapes += 1 }
                }
                i += 1
                continue
            }
            let length = UTF8Scan.sequenceLength(bytes, at: i)
            if length == 0 {
                invalid += 1
                i += 1
                continue
            }
            multibyte += 1
            if length == 3 && b == 0xEF && bytes[i + 1] == 0xBF && bytes[i + 2] >= 0xBE { forbidden += 1 }
            i += length
        }
    }

    /// The length of the valid sequence starting at `i` (a non-ASCII lead byte), or 0.
    static func sequenceLength(_ bytes: UnsafeRawBufferPointer, at i: Int) -> Int {
        let b = bytes[i]
        let (length, low, high): (Int, UInt8, UInt8)
        switch b {
        case 0xC2...0xDF: (length, low, high) = (2, 0x80, 0xBF)
        case 0xE0: (length, low, high) = (3, 0xA0, 0xBF)
        case 0xED: (length, low, high) = (3, 0x80, 0x9F)
        case 0xE1...0xEF: (length, low, high) = (3, 0x80, 0xBF)
        case 0xF0: (length, low, high) = (4, 0x90, 0xBF)
        case 0xF4: (length, low, high) = (4, 0x80, 0x8F)
        case 0xF1...0xF3: (length, low, high) = (4, 0x80, 0xBF)
        default: return 0
        }
        guard i + length <= bytes.count, bytes[i + 1] >= low, bytes[i + 1] <= high else { return 0 }
        for k in 2..<max(2, length) where bytes[i + k] & 0xC0 != 0x80 { return 0 }
        return length
    }
}
