/// Which way a language's text runs, for `dir` attributes and the EPUB spine's
/// `page-progression-direction`.
///
/// ```swift
/// TextDirection(language: "ar-EG")    // .rtl
/// TextDirection(language: "he")       // .rtl
/// TextDirection(language: "az-Arab")  // .rtl: written in Arabic script
/// TextDirection(language: "de")       // .ltr
/// ```
public enum TextDirection: String, Hashable, Sendable {
    /// Left to right: Latin, Cyrillic, Greek, CJK and most other scripts.
    case ltr
    /// Right to left: Arabic, Hebrew, Thaana, Syriac, N'Ko scripts.
    case rtl

    /// The direction of `language`, a language tag: its script subtag when it names one
    /// (`uz-Arab`, `ku-Latn`), else the usual script of its language.
    public init(language: String) {
        let parts = language.lowercased().replacingOccurrences(of: "_", with: "-").split(separator: "-").map(String.init)
        if let script = parts.dropFirst().first(where: { $0.count == 4 && $0.allSatisfy(\.isLetter) }) {
            self = TextDirection.rightToLeftScripts.contains(script) ? .rtl : .ltr
        } else {
            self = TextDirection.rightToLeftLanguages.contains(parts.first ?? "") ? .rtl : .ltr
        }
    }

    /// Languages written right to left unless a script subtag says otherwise: Arabic, Hebrew
    /// (and its old code `iw`), Persian, Urdu, Pashto, Sindhi, Uyghur, Yiddish, Dhivehi,
    /// Central Kurdish, Syriac.
    static let rightToLeftLanguages: Set<String> = ["ar", "he", "iw", "fa", "ur", "ps", "sd", "ug", "yi", "dv", "ckb", "syr"]

    /// ISO 15924 codes of right-to-left scripts, lower case.
    static let rightToLeftScripts: Set<String> = ["arab", "hebr", "thaa", "syrc", "nkoo", "adlm", "rohg", "mand", "samr"]
}
