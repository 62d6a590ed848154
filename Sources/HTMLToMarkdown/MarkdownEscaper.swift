/// Escaping for Markdown, minimal and exact: a backslash is added only where the character
/// would otherwise start Markdown syntax, so that libcmark renders the original text.
/// All functions work in one pass over UTF-8 bytes.
enum MarkdownEscaper {
    /// Whether `bytes[index]` (an `&`) starts something libcmark would read as an entity:
    /// `&name;`, `&#123;` or `&#x1F;`.
    static func startsEntity(_ bytes: [UInt8], at index: Int) -> Bool {
        var i = index + 1
        guard i < bytes.count else { return false }
        var isDigit: (UInt8) -> Bool = ByteClass.isAlphanumeric
        if bytes[i] == UInt8(ascii: "#") {
            i += 1
            isDigit = ByteClass.isDigit
            if i < bytes.count, bytes[i] == UInt8(ascii: "x") || bytes[i] == UInt8(ascii: "X") {
                i += 1
                isDigit = { ByteClass.isDigit($0) || (0x41...0x46).contains($0) || (0x61...0x66).contains($0) }
            }
        }
        let start = i
        while i < bytes.count, i - start <= 32, isDigit(bytes[i]) { i += 1 }
        return i > start && i < bytes.count && bytes[i] == UInt8(ascii: ";")
    }

    /// Whether a backslash before `byte` is needed for it to stay literal in inline text.
    /// `previous` and `next` are the neighbouring characters: `0x20` for whitespace, nil when
    /// unknown (the start of a line or an element's edge), which makes the choice safe.
    static func needsEscape(_ bytes: [UInt8], at index: Int, previous: UInt8?, next: UInt8?, inLinkText: Bool) -> Bool {
        switch bytes[index] {
        case UInt8(ascii: "\\"):
            return next.map(ByteClass.isPunctuation) ?? true
        case UInt8(ascii: "*"):
            return !(previous == 0x20 && next == 0x20)
        case UInt8(ascii: "_"):
            guard let previous, let next else { return true }
            let spaced = previous == 0x20 && next == 0x20
            let inWord = ByteClass.isAlphanumeric(previous) && ByteClass.isAlphanumeric(next)
            return !(spaced || inWord)
        case UInt8(ascii: "`"), UInt8(ascii: "["):
            return true
        case UInt8(ascii: "]"):
            return inLinkText
        case UInt8(ascii: "<"):
            guard let next else { return true }
            return ByteClass.isLetter(next) || next == UInt8(ascii: "/") || next == UInt8(ascii: "!") || next == UInt8(ascii: "?")
        case UInt8(ascii: "&"):
            return startsEntity(bytes, at: index)
        default:
            return false
        }
    }

    /// Adds the backslashes a line of inline Markdown needs so that it does not start a block:
    /// headings, block quotes, list items, thematic breaks, setext underlines, code fences.
    /// `lines` is a paragraph whose lines are separated by hard breaks.
    static func protectLineStarts(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 4)
        var start = 0
        while start <= bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            let line = bytes[start..<end]
            if let offset = escapeOffset(in: line) {
                out.append(contentsOf: line.prefix(offset))
                out.append(UInt8(ascii: "\\"))
                out.append(contentsOf: line.dropFirst(offset))
            } else {
                out.append(contentsOf: line)
            }
            if end < bytes.count { out.append(0x0A) }
            start = end + 1
        }
        return out
    }

    /// Where in `line` a backslash must go, if the line would start a block.
    private static func escapeOffset(in line: ArraySlice<UInt8>) -> Int? {
        guard let first = line.first else { return nil }
        let bytes = Array(line)
        func endsMarker(_ i: Int) -> Bool { i >= bytes.count || bytes[i] == 0x20 }
        switch first {
        case UInt8(ascii: "#"):
            var i = 0
            while i < bytes.count, bytes[i] == first { i += 1 }
            return i <= 6 && endsMarker(i) ? 0 : nil
        case UInt8(ascii: ">"):
            return 0
        case UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "="):
            if first != UInt8(ascii: "=") && endsMarker(1) { return 0 }
            return bytes.allSatisfy({ $0 == first || $0 == 0x20 }) ? 0 : nil
        case UInt8(ascii: "~"):
            return bytes.count >= 3 && bytes[1] == first && bytes[2] == first ? 0 : nil
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            var i = 0
            while i < bytes.count, ByteClass.isDigit(bytes[i]) { i += 1 }
            guard i <= 9, i < bytes.count, bytes[i] == UInt8(ascii: ".") || bytes[i] == UInt8(ascii: ")") else { return nil }
            return endsMarker(i + 1) ? i : nil
        default:
            return nil
        }
    }

    /// A link or image destination that libcmark reads back as exactly `url`: plain when it
    /// can be, in angle brackets when it has spaces, angle brackets or unbalanced parentheses.
    ///
    /// libcmark decodes character references in a destination before it removes backslash
    /// escapes, so `\&` would not keep an `&` literal: an `&` that starts a reference is
    /// written `&amp;`. Backslashes are doubled where the next character is punctuation, angle
    /// brackets escaped inside angle brackets; tabs and line breaks are dropped (browsers skip
    /// them in URLs), other control characters percent-encoded.
    ///
    /// ```swift
    /// MarkdownEscaper.destination("javascript&#x3a;x")  // "javascript&amp;#x3a;x" (never a scheme)
    /// MarkdownEscaper.destination("my file.pdf")        // "<my file.pdf>"
    /// ```
    static func destination(_ url: String) -> String {
        let bytes = urlBytes(url)
        var depth = 0
        var balanced = true
        var angle = bytes.first == UInt8(ascii: "<")
        for byte in bytes {
            if byte == 0x20 || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") { angle = true }
            if byte == UInt8(ascii: "(") { depth += 1 }
            if byte == UInt8(ascii: ")") { depth -= 1; if depth < 0 { balanced = false } }
        }
        if depth != 0 { balanced = false }
        angle = angle || !balanced || bytes.isEmpty
        var out: [UInt8] = angle ? [UInt8(ascii: "<")] : []
        for (index, byte) in bytes.enumerated() {
            let next = index + 1 < bytes.count ? bytes[index + 1] : nil
            if byte == UInt8(ascii: "&") && startsEntity(bytes, at: index) {
                out.append(contentsOf: "&amp;".utf8)
                continue
            }
            let escape = (byte == UInt8(ascii: "\\") && (next.map(ByteClass.isPunctuation) ?? true))
                || (angle && (byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")))
            if escape { out.append(UInt8(ascii: "\\")) }
            out.append(byte)
        }
        if angle { out.append(UInt8(ascii: ">")) }
        return String(decoding: out, as: UTF8.self)
    }

    /// The bytes of `url` as a destination holds them: tabs and line breaks dropped, other
    /// control characters percent-encoded (`%01`, `%7F`).
    private static func urlBytes(_ url: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(url.utf8.count)
        for byte in url.utf8 {
            switch byte {
            case 0x09, 0x0A, 0x0D:
                continue
            case 0..<0x20, 0x7F:
                out.append(contentsOf: "%".utf8 + hexDigits(byte))
            default:
                out.append(byte)
            }
        }
        return out
    }

    private static func hexDigits(_ byte: UInt8) -> [UInt8] {
        let digits = Array("0123456789ABCDEF".utf8)
        return [digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]]
    }

    /// A link title in double quotes that libcmark reads back as exactly `text` (whitespace
    /// and control characters collapsed to one space) and that can never close the link nor
    /// turn into HTML: `"` and backslashes escaped, an `&` that starts a reference written
    /// `&amp;` (libcmark decodes references before backslash escapes), `<` written `&lt;`.
    ///
    /// ```swift
    /// MarkdownEscaper.title(#"Say "hi" <b>"#)  // #""Say \"hi\" &lt;b>""#
    /// ```
    static func title(_ text: String) -> String {
        let bytes = titleBytes(text)
        var out: [UInt8] = [UInt8(ascii: "\"")]
        for (index, byte) in bytes.enumerated() {
            let next = index + 1 < bytes.count ? bytes[index + 1] : nil
            switch byte {
            case UInt8(ascii: "&") where startsEntity(bytes, at: index):
                out.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"):
                out.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: "\""):
                out.append(contentsOf: #"\""#.utf8)
            case UInt8(ascii: "\\") where next.map(ByteClass.isPunctuation) ?? true:
                out.append(contentsOf: #"\\"#.utf8)
            default:
                out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
        return String(decoding: out, as: UTF8.self)
    }

    /// The bytes of a title: runs of whitespace and control characters as one space, trimmed.
    private static func titleBytes(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var space = false
        for byte in text.utf8 {
            if byte <= 0x20 || byte == 0x7F {
                space = !out.isEmpty
            } else {
                if space { out.append(0x20) }
                space = false
                out.append(byte)
            }
        }
        return out
    }
}
