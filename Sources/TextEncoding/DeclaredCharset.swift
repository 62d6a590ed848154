/// The encoding a document names for itself: the `encoding` of an XML declaration, else the
/// `charset` of an HTML `<meta charset>` or `<meta http-equiv="Content-Type" content="…;
/// charset=…">` within the first ``window`` bytes. Only looked for in text that starts with
/// `<` (markup), so prose that mentions "charset=" declares nothing.
struct DeclaredCharset: Equatable {
    /// Where a label was found.
    enum Place: Equatable {
        /// `<?xml … encoding="…"?>`, at the very start.
        case xmlDeclaration
        /// An HTML `meta` element.
        case meta
    }

    /// The label as written (`Shift_JIS`, `iso-8859-1`).
    let label: String
    /// Where it was found.
    let place: Place

    /// How many leading bytes are searched for a `meta` charset.
    static let window = 4096

    /// The declared charset of `bytes` (ASCII-compatible text), if any.
    static func of(_ bytes: UnsafeRawBufferPointer) -> DeclaredCharset? {
        let head = Array(bytes.prefix(window))
        var start = 0
        while start < head.count, isSpace(head[start]) { start += 1 }
        guard start < head.count, head[start] == UInt8(ascii: "<") else { return nil }
        if let label = xmlDeclarationLabel(head, from: start) { return DeclaredCharset(label: label, place: .xmlDeclaration) }
        return metaLabel(head).map { DeclaredCharset(label: $0, place: .meta) }
    }

    /// The range of the value of `encoding="…"` in an XML declaration at `start`, if any.
    static func xmlEncodingRange(_ head: [UInt8], from start: Int) -> Range<Int>? {
        guard head[start...].starts(with: Array("<?xml".utf8)),
              let end = find(Array("?>".utf8), in: head, from: start),
              let key = find(Array("encoding".utf8), in: head[..<end], from: start) else { return nil }
        var i = key + 8
        while i < end, isSpace(head[i]) || head[i] == UInt8(ascii: "=") { i += 1 }
        guard i < end, head[i] == UInt8(ascii: "\"") || head[i] == UInt8(ascii: "'") else { return nil }
        let quote = head[i]
        guard let close = head[(i + 1)..<end].firstIndex(of: quote) else { return nil }
        return (i + 1)..<close
    }

    private static func xmlDeclarationLabel(_ head: [UInt8], from start: Int) -> String? {
        guard let range = xmlEncodingRange(head, from: start), !range.isEmpty else { return nil }
        return String(decoding: head[range], as: UTF8.self)
    }

    /// The charset of the first `meta` element that has one.
    private static func metaLabel(_ head: [UInt8]) -> String? {
        let lower = head.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        var from = 0
        while let meta = find(Array("<meta".utf8), in: lower, from: from) {
            let end = lower[meta...].firstIndex(of: UInt8(ascii: ">")) ?? lower.count
            if let label = charsetValue(lower[meta..<end]).map({ String(decoding: head[$0], as: UTF8.self) }) {
                return label
            }
            from = end
        }
        return nil
    }

    /// The range of the value after `charset=` inside one tag.
    private static func charsetValue(_ tag: ArraySlice<UInt8>) -> Range<Int>? {
        guard let key = find(Array("charset".utf8), in: tag, from: tag.startIndex) else { return nil }
        var i = key + 7
        while i < tag.endIndex, isSpace(tag[i]) { i += 1 }
        guard i < tag.endIndex, tag[i] == UInt8(ascii: "=") else { return nil }
        i += 1
        while i < tag.endIndex, isSpace(tag[i]) || tag[i] == UInt8(ascii: "\"") || tag[i] == UInt8(ascii: "'") { i += 1 }
        var j = i
        while j < tag.endIndex, isLabelByte(tag[j]) { j += 1 }
        return j > i ? i..<j : nil
    }

    private static func find(_ needle: [UInt8], in hay: ArraySlice<UInt8>, from start: Int) -> Int? {
        guard needle.count <= hay.endIndex - start else { return nil }
        var i = start
        while i + needle.count <= hay.endIndex {
            if hay[i] == needle[0], hay[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }

    private static func find(_ needle: [UInt8], in hay: [UInt8], from start: Int) -> Int? {
        find(needle, in: hay[...], from: start)
    }

    private static func isLabelByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A)
            || b == UInt8(ascii: "-") || b == UInt8(ascii: "_") || b == UInt8(ascii: ".") || b == UInt8(ascii: ":")
    }

    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C }
}
