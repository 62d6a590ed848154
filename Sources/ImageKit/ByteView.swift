/// Bounds-checked reads from a picture's bytes: every read outside the bytes gives nil, so a
/// header parser can never read past the end of hostile input.
struct ByteView {
    /// The bytes read.
    let bytes: UnsafeRawBufferPointer

    /// How many bytes there are.
    var count: Int { bytes.count }

    /// The byte at `offset`.
    func u8(_ offset: Int) -> Int? {
        guard offset >= 0, offset < bytes.count else { return nil }
        return Int(bytes[offset])
    }

    /// A big-endian 16-bit number.
    func u16be(_ offset: Int) -> Int? { number(offset, length: 2, bigEndian: true) }
    /// A big-endian 32-bit number.
    func u32be(_ offset: Int) -> Int? { number(offset, length: 4, bigEndian: true) }
    /// A big-endian 64-bit number, nil when it does not fit in 63 bits.
    func u64be(_ offset: Int) -> Int? {
        guard let high = u32be(offset), let low = u32be(offset + 4), high < 0x8000_0000 else { return nil }
        return high << 32 | low
    }
    /// A little-endian 16-bit number.
    func u16le(_ offset: Int) -> Int? { number(offset, length: 2, bigEndian: false) }
    /// A little-endian 24-bit number.
    func u24le(_ offset: Int) -> Int? { number(offset, length: 3, bigEndian: false) }
    /// A little-endian 32-bit number.
    func u32le(_ offset: Int) -> Int? { number(offset, length: 4, bigEndian: false) }

    /// Whether the bytes at `offset` are the ASCII text `tag`.
    func matches(_ offset: Int, _ tag: String) -> Bool {
        let utf8 = tag.utf8
        guard offset >= 0, offset <= bytes.count - utf8.count else { return false }
        var index = offset
        for byte in utf8 {
            if bytes[index] != byte { return false }
            index += 1
        }
        return true
    }

    private func number(_ offset: Int, length: Int, bigEndian: Bool) -> Int? {
        guard offset >= 0, offset <= bytes.count - length else { return nil }
        var value = 0
        for index in 0..<length {
            let byte = Int(bytes[offset + (bigEndian ? index : length - 1 - index)])
            value = value << 8 | byte
        }
        return value
    }
}
