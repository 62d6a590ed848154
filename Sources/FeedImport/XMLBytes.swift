/// Byte-level helpers over XML held in memory: prefix tests, searches, and the sections
/// (CDATA, comments) inside which markup and references mean nothing.
struct XMLBytes {
    /// The bytes; valid only inside the `withUnsafeBufferPointer` call that made them.
    let bytes: UnsafeBufferPointer<UInt8>

    /// The number of bytes.
    var count: Int { bytes.count }

    /// The byte at `i`.
    subscript(i: Int) -> UInt8 { bytes[i] }

    /// Whether `prefix` occurs at `i`.
    func starts(at i: Int, with prefix: [UInt8]) -> Bool {
        guard i + prefix.count <= bytes.count else { return false }
        var k = 0
        while k < prefix.count {
            if bytes[i + k] != prefix[k] { return false }
            k += 1
        }
        return true
    }

    /// The index just after the first `needle` at or after `from`, else the end.
    func end(of needle: [UInt8], from: Int) -> Int {
        let first = needle[0]
        var i = from
        while i + needle.count <= bytes.count {
            if bytes[i] == first, starts(at: i, with: needle) { return i + needle.count }
            i += 1
        }
        return bytes.count
    }

    /// The index after a CDATA section, comment or processing instruction starting at `i`, or
    /// nil when none starts there. Inside these, markup and references mean nothing.
    func endOfSection(at i: Int) -> Int? {
        if starts(at: i, with: XMLBytes.cdataOpen) { return end(of: XMLBytes.cdataClose, from: i + 9) }
        if starts(at: i, with: XMLBytes.commentOpen) { return end(of: XMLBytes.commentClose, from: i + 4) }
        if starts(at: i, with: XMLBytes.instructionOpen) { return end(of: XMLBytes.instructionClose, from: i + 2) }
        return nil
    }

    /// The index after the `>` that closes a `<!DOCTYPE …>` (or other `<!…>`) declaration
    /// starting at `i`, skipping an internal subset in `[…]` and quoted strings; the end when
    /// nothing closes it.
    func endOfDeclaration(at i: Int) -> Int {
        var depth = 0
        var quote: UInt8?
        var j = i + 2
        while j < bytes.count {
            let b = bytes[j]
            if let q = quote {
                if b == q { quote = nil }
            } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                quote = b
            } else if b == UInt8(ascii: "[") {
                depth += 1
            } else if b == UInt8(ascii: "]") {
                depth -= 1
            } else if b == UInt8(ascii: ">"), depth <= 0 {
                return j + 1
            }
            j += 1
        }
        return bytes.count
    }

    static let cdataOpen = Array("<![CDATA[".utf8)
    static let cdataClose = Array("]]>".utf8)
    static let commentOpen = Array("<!--".utf8)
    static let commentClose = Array("-->".utf8)
    static let instructionOpen = Array("<?".utf8)
    static let instructionClose = Array("?>".utf8)
}
