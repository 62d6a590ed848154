extension CharsetDetector {
    /// ICU's names for the Latin encodings it confuses with windows-1252 on little text.
    private static let latinNeighbours: Set<String> = ["ISO-8859-2", "windows-1250", "ISO-8859-9", "windows-1254"]

    /// The encoding ICU finds likeliest for `bytes` among those Broadsheet can decode, or nil.
    /// UTF-16 and UTF-32 are left out (their NUL bytes were looked for before), UTF-8 too
    /// unless `allowingUTF8`. ICU's names are read as labels (`ISO-8859-1` is windows-1252,
    /// as in browsers; `IBM424_rtl` is IBM424). A Central European or Turkish guess made with
    /// little confidence becomes windows-1252: on a few accented words ICU cannot tell them
    /// apart, and windows-1252 is by far the most common of them.
    static func encoding(of bytes: UnsafeRawBufferPointer, allowingUTF8: Bool = true) -> CharacterEncoding? {
        let candidates = matches(bytes).compactMap { match in encoding(named: match.name).map { (match, $0) } }
            .filter { !$0.1.isWide && (allowingUTF8 || !$0.1.isUTF8) }
        guard let (best, encoding) = candidates.first else { return nil }
        if latinNeighbours.contains(best.name) && best.confidence < 50 { return .windows1252 }
        return encoding
    }

    /// The encoding of one of ICU's names.
    static func encoding(named name: String) -> CharacterEncoding? {
        let plain = name.hasSuffix("_rtl") || name.hasSuffix("_ltr") ? String(name.dropLast(4)) : name
        return CharacterEncoding(label: plain)
    }
}
