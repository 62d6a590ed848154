import ArticleModel

/// The interface strings a site uses, from the theme's translation files and the site's own,
/// merged key by key: for `de-AT`, English, then `de.yml`, then `de-AT.yml`, each from the
/// theme (`Layouts/i18n/`) and then from the site (`layouts/i18n/`), the later winning. A key
/// no file of the language has falls back to English, with one warning naming the key and the
/// file it belongs in; a language with no file at all gets one warning.
///
/// ```swift
/// let (strings, warnings) = TranslationMerge.strings(for: "de", theme: ["de.yml": themeText],
///                                                    site: ["de.yml": "older: \"Frühere\"\n"])
/// strings.text("older")   // "Frühere": the site's
/// strings.text("newer")   // "Neuere": the theme's
/// ```
public enum TranslationMerge {
    /// The folder of translation files, in the theme and in a site's `layouts/`.
    public static let folder = "i18n"

    /// The strings for `language` (a language tag). `theme` and `site` hold the text of each
    /// translation file by its name in the folder (`de.yml`, `pt-BR.yml`; `.yaml` also).
    public static func strings(for language: String, theme: [String: String], site: [String: String]) -> (UIStrings, [Diagnostic]) {
        var warnings: [Diagnostic] = []
        let themeFiles = read(theme, prefix: "Layouts/", warnings: &warnings)
        let siteFiles = read(site, prefix: "layouts/", warnings: &warnings)
        let layers = { (tag: String) -> [Layer] in [themeFiles[tag], siteFiles[tag]].compactMap { $0 } }
        var entries = UIStrings.english.entries
        for layer in layers("en") { entries.merge(layer.entries) { _, own in own } }
        let chain = candidates(language)
        let own = chain.flatMap(layers)
        for layer in own where chain.first != "en" || layer.tag != "en" {
            entries.merge(layer.entries) { _, own in own }
        }
        if chain.first != "en" {
            warnings += missing(language: language, in: own.filter { $0.tag != "en" })
        }
        return (UIStrings(language: language, entries: entries), warnings)
    }

    /// One translation file, read.
    private struct Layer {
        /// The language tag its name gives, lower case: `de`, `pt-br`.
        var tag: String
        /// Its name as diagnostics give it: `Layouts/i18n/de.yml`.
        var file: String
        var entries: [String: UIText]
    }

    /// The files of one folder by lower-case language tag; a file that does not parse is
    /// reported and left out.
    private static func read(_ files: [String: String], prefix: String, warnings: inout [Diagnostic]) -> [String: Layer] {
        var out: [String: Layer] = [:]
        for (name, text) in files.sorted(by: { $0.key < $1.key }) {
            guard let tag = tag(ofFile: name) else { continue }
            let file = prefix + folder + "/" + name
            do {
                let parsed = try TranslationFormat.parse(text, file: file)
                warnings += parsed.warnings
                out[tag] = Layer(tag: tag, file: file, entries: parsed.entries)
            } catch {
                warnings.append(Diagnostic(.warning, file: error.file, line: error.line, "\(error.message); the file is not used",
                                           hint: error.hint ?? "fix the file; its strings are English until then"))
            }
        }
        return out
    }

    /// `de` for `de.yml` or `DE.yaml`; nil for a name that is no language tag.
    private static func tag(ofFile name: String) -> String? {
        let lower = name.lowercased()
        guard let stem = [".yml", ".yaml"].lazy.compactMap({ lower.hasSuffix($0) ? String(lower.dropLast($0.count)) : nil }).first,
              let tag = LanguageTag.normalized(stem) else { return nil }
        return tag.lowercased()
    }

    /// The tags to look for, most general first: `de-AT` gives `de`, `de-at`.
    static func candidates(_ language: String) -> [String] {
        let parts = language.lowercased().replacingOccurrences(of: "_", with: "-").split(separator: "-")
        return parts.indices.map { parts[...$0].joined(separator: "-") }
    }

    /// One warning per English key that none of `layers` has, naming the first (most general)
    /// file; one warning in all when there is no file for the language.
    private static func missing(language: String, in layers: [Layer]) -> [Diagnostic] {
        guard let first = layers.first else {
            let name = candidates(language).first ?? language
            return [Diagnostic(.warning, file: "layouts/\(folder)/\(name).yml", "no translation for language \"\(language)\": the interface is in English",
                               hint: "copy Layouts/i18n/en.yml to the site's layouts/i18n/\(name).yml and translate it")]
        }
        return UIStrings.english.entries.keys.sorted().filter { key in !layers.contains { $0.entries[key] != nil } }.map { key in
            Diagnostic(.warning, file: first.file, "no string `\(key)`: English used",
                       hint: "add `\(key): \"…\"` to \(first.file) or to the site's layouts/\(folder)/\(first.tag).yml")
        }
    }
}
