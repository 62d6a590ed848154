/// The keys that make different spellings of one tag the same candidate: `Kim Jong-un` and
/// `Kim Jong Un` are both `kim jong un`; the English terms `missiles` and `missile` are both
/// `missile`.
enum TagKey {
    /// The key of a name: lower case, hyphens as spaces.
    static func name(_ text: String) -> String {
        if !text.utf8.contains(where: { $0 == 0x20 || $0 == 0x2D || (0x41...0x5A).contains($0) || $0 >= 0x80 }) { return text }
        return text.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }).joined(separator: " ")
    }

    /// The key of a term: a name key, with an English plural made singular.
    static func term(_ text: String, language: TagLanguage) -> String {
        let key = name(text)
        guard language == .english, key.utf8.last == UInt8(ascii: "s"), key.utf8.count > 4, !key.utf8.contains(0x20) else { return key }
        if key.hasSuffix("ies") { return String(key.dropLast(3)) + "y" }
        if key.hasSuffix("ss") || key.hasSuffix("us") || key.hasSuffix("is") { return key }
        return String(key.dropLast())
    }

    /// The name a demonym stands for in English, when the collection has that name:
    /// `north korean(s)` → `north korea`, `russian` → `russia`, `ukrainian` → `ukraine`.
    static func country(ofDemonym plural: String, names: Set<String>) -> String? {
        guard plural.utf8.last == UInt8(ascii: "n") || plural.utf8.last == UInt8(ascii: "s") else { return nil }
        let key = plural.hasSuffix("ns") ? String(plural.dropLast()) : plural
        guard key.hasSuffix("n"), key.count > 4 else { return nil }
        let dropped = String(key.dropLast())
        if names.contains(dropped) { return dropped }
        if key.hasSuffix("ian") {
            let withE = String(key.dropLast(3)) + "e"
            if names.contains(withE) { return withE }
        }
        return nil
    }
}
