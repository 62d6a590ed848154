/// A 64-bit FNV-1a hash of text, as 16 hex digits: used to tell whether a file in `content/`
/// still holds exactly what Broadsheet wrote, or was edited by hand since.
public enum ContentHash {
    /// The hash of `text`'s UTF-8 bytes.
    public static func of(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
