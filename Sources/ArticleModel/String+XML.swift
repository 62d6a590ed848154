extension Unicode.Scalar {
    /// Whether XML 1.0 allows the character: tab, newline, carriage return, U+0020 to U+D7FF,
    /// U+E000 to U+FFFD and U+10000 up (lone surrogates cannot occur in a Swift string).
    public var isXMLCharacter: Bool {
        switch value {
        case 0x09, 0x0A, 0x0D, 0x20...0xFFFD, 0x10000...: return true
        default: return false
        }
    }
}

extension String {
    /// The string without the characters XML 1.0 forbids (C0 controls, U+FFFE, U+FFFF), which
    /// feeds do carry and which make a whole XML file ill-formed. The same string when it has none.
    public var removingNonXMLCharacters: String {
        guard unicodeScalars.contains(where: { !$0.isXMLCharacter }) else { return self }
        return String(String.UnicodeScalarView(unicodeScalars.filter(\.isXMLCharacter)))
    }
}
