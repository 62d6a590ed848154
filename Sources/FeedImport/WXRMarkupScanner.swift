/// Splits WordPress post markup into ``WXRMarkupPiece``s without parsing it as a tree: post
/// content is a fragment people typed, often not well-formed, and what ``WPAutoP`` and
/// ``Shortcodes`` need is only where tags and untouchable stretches are.
///
/// A `<` that does not start a tag (`1 < 2`, a tag never closed by `>`) is text. Elements named
/// in `verbatim` are kept whole, start tag to end tag, when their end tag exists.
enum WXRMarkupScanner {
    /// The pieces of `text`, in order; joining their ``WXRMarkupPiece/source`` gives `text` back.
    static func pieces(of text: String, verbatim: Set<String>) -> [WXRMarkupPiece] {
        let bytes = Array(text.utf8)
        var pieces: [WXRMarkupPiece] = []
        var unclosed: [String: Int] = [:]  // name → a position after which its end tag never comes
        var textStart = 0
        var i = 0
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "<"),
                  let (end, piece) = markup(bytes, at: i, verbatim: verbatim, unclosed: &unclosed) else {
                i += 1
                continue
            }
            if textStart < i { pieces.append(.text(string(bytes[textStart..<i]))) }
            pieces.append(piece)
            i = end
            textStart = end
        }
        if textStart < bytes.count { pieces.append(.text(string(bytes[textStart...]))) }
        return pieces
    }

    /// The piece starting at the `<` at `start`, and the index after it; nil when it is text.
    private static func markup(_ bytes: [UInt8], at start: Int, verbatim: Set<String>,
                               unclosed: inout [String: Int]) -> (Int, WXRMarkupPiece)? {
        guard start + 1 < bytes.count else { return nil }
        let next = bytes[start + 1]
        if next == UInt8(ascii: "!") || next == UInt8(ascii: "?") {
            return declaration(bytes, at: start, unclosed: &unclosed)
        }
        let closing = next == UInt8(ascii: "/")
        let nameStart = start + (closing ? 2 : 1)
        guard nameStart < bytes.count, isLetter(bytes[nameStart]) else { return nil }
        var nameEnd = nameStart
        while nameEnd < bytes.count, isNameByte(bytes[nameEnd]) { nameEnd += 1 }
        guard let close = tagEnd(bytes, from: nameEnd) else { return nil }
        let name = string(bytes[nameStart..<nameEnd]).lowercased()
        let raw = string(bytes[start..<close])
        if !closing, verbatim.contains(name), bytes[close - 2] != UInt8(ascii: "/"),
           let end = endTag(of: name, in: bytes, from: close, unclosed: &unclosed) {
            return (end, .verbatim(string(bytes[start..<end]), name: name))
        }
        return (close, .tag(raw, name: name, closing: closing))
    }

    /// A comment `<!-- … -->`, or a declaration or processing instruction up to its `>`.
    private static func declaration(_ bytes: [UInt8], at start: Int,
                                    unclosed: inout [String: Int]) -> (Int, WXRMarkupPiece)? {
        if starts(bytes, at: start, with: "<!--") {
            if let after = unclosed["!--"], after <= start { return nil }
            guard let end = find("-->", in: bytes, from: start + 4) else {
                unclosed["!--"] = start
                return nil
            }
            return (end + 3, .verbatim(string(bytes[start..<(end + 3)]), name: "!--"))
        }
        guard let end = tagEnd(bytes, from: start + 2) else { return nil }
        return (end, .verbatim(string(bytes[start..<end]), name: "!"))
    }

    /// The index after the `>` that ends a tag, skipping quoted attribute values; nil when a
    /// `<` comes first (even in quotes, so that every scan stops at the next `<`).
    private static func tagEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        var quote: UInt8?
        var i = start
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "<") {
                return nil
            } else if let open = quote {
                if b == open { quote = nil }
            } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                quote = b
            } else if b == UInt8(ascii: ">") {
                return i + 1
            }
            i += 1
        }
        return nil
    }

    /// The index after `</name>` (any case) at or after `start`, if there is one. Remembers
    /// where a search failed, so that many unclosed start tags cost one scan, not one each.
    private static func endTag(of name: String, in bytes: [UInt8], from start: Int,
                               unclosed: inout [String: Int]) -> Int? {
        if let after = unclosed[name], after <= start { return nil }
        let target = Array("</\(name)".utf8)
        var i = start
        while let found = find(target, in: bytes, from: i, ignoringCase: true) {
            let after = found + target.count
            if after < bytes.count, !isNameByte(bytes[after]), let end = tagEnd(bytes, from: after) { return end }
            i = found + 1
        }
        unclosed[name] = start
        return nil
    }

    private static func find(_ text: String, in bytes: [UInt8], from start: Int) -> Int? {
        find(Array(text.utf8), in: bytes, from: start, ignoringCase: false)
    }

    private static func find(_ target: [UInt8], in bytes: [UInt8], from start: Int, ignoringCase: Bool) -> Int? {
        guard !target.isEmpty, bytes.count >= target.count else { return nil }
        var i = start
        while i + target.count <= bytes.count {
            var k = 0
            while k < target.count, matches(bytes[i + k], target[k], ignoringCase) { k += 1 }
            if k == target.count { return i }
            i += 1
        }
        return nil
    }

    private static func starts(_ bytes: [UInt8], at start: Int, with text: String) -> Bool {
        bytes[start...].starts(with: text.utf8)
    }

    private static func matches(_ a: UInt8, _ b: UInt8, _ ignoringCase: Bool) -> Bool {
        ignoringCase ? lower(a) == lower(b) : a == b
    }

    private static func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b + 0x20 : b }

    private static func isLetter(_ b: UInt8) -> Bool { (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) }

    private static func isNameByte(_ b: UInt8) -> Bool {
        isLetter(b) || (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "-") || b == UInt8(ascii: ":")
            || b == UInt8(ascii: "_")
    }

    private static func string(_ bytes: ArraySlice<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }
}
