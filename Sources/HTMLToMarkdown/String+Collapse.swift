extension String {
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
}
