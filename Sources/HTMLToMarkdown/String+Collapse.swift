extension String {
    /// Whether the string holds nothing but HTML whitespace.
    var collapsingHTMLWhitespaceIsEmpty: Bool { utf8.allSatisfy(ByteClass.isSpace) }

    /// Runs of HTML whitespace (space, tab, line breaks, form feed) as one space, trimmed.
    /// Non-breaking spaces are kept: HTML does not collapse them either.
    var collapsedASCIIWhitespace: String {
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        var space = false
        for byte in utf8 {
            if ByteClass.isSpace(byte) {
                space = !out.isEmpty
            } else {
                if space { out.append(0x20) }
                space = false
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The text as cleaning rules see it: runs of whitespace, non-breaking spaces included, as
    /// one space, trimmed. Empty when the text shows nothing.
    var collapsedForRules: String {
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        var space = false
        var afterC2 = false
        for byte in utf8 {
            if afterC2 {
                afterC2 = false
                if byte == 0xA0 {
                    space = !out.isEmpty
                    continue
                }
                if space { out.append(0x20) }
                space = false
                out.append(0xC2)
            }
            if byte == 0xC2 {
                afterC2 = true
            } else if ByteClass.isSpace(byte) {
                space = !out.isEmpty
            } else {
                if space { out.append(0x20) }
                space = false
                out.append(byte)
            }
        }
        if afterC2 { out.append(0xC2) }
        return String(decoding: out, as: UTF8.self)
    }
}
