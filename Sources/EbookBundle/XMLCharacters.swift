/// The characters XML 1.0 allows in a document: tab, newline, carriage return, U+0020 to
/// U+D7FF, U+E000 to U+FFFD and U+10000 up. Feeds carry the others (C0 controls, U+FFFE,
/// U+FFFF); one of them makes the whole file ill-formed, so they are dropped everywhere the
/// book and the digest write text.
enum XMLCharacters {
    /// Whether XML 1.0 allows `scalar` (lone surrogates cannot occur in a Swift string).
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return true
        case 0x20...0xFFFD: return true
        case 0x10000...: return true
        default: return false
        }
    }

    /// `value` without the characters XML does not allow; the same string when it has none.
    static func cleaned(_ value: String) -> String {
        guard value.unicodeScalars.contains(where: { !isAllowed($0) }) else { return value }
        var out = String.UnicodeScalarView()
        for scalar in value.unicodeScalars where isAllowed(scalar) { out.append(scalar) }
        return String(out)
    }
}
