import ArticleModel
import Foundation
import SiteFiles
import Testing

/// Translation files: their format, the merge of the theme's with a site's, the warnings, and
/// the files the theme ships (every key, the right plural forms, the same placeholders).
@Suite struct TranslationFilesTests {
    /// The theme's `Layouts/i18n/` files, by name.
    static let shipped: [String: String] = {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Layouts/i18n")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        var files: [String: String] = [:]
        for name in names where name.hasSuffix(".yml") {
            files[name] = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        }
        return files
    }()

    @Test func readsTextsAndPluralForms() throws {
        let (entries, warnings) = try TranslationFormat.parse("""
        # a comment
        older: "Ältere"
        plain: Neuere
        reading_time:
          one: "{count} Min."
          other: "{count} Min."
        """, file: "de.yml")
        #expect(warnings.isEmpty)
        #expect(entries == ["older": .text("Ältere"), "plain": .text("Neuere"),
                            "reading_time": .plural([.one: "{count} Min.", .other: "{count} Min."])])
    }

    @Test func reportsWhatItCannotUse() throws {
        let (entries, warnings) = try TranslationFormat.parse("""
        older:
        tags: [a, b]
        reading_time:
          one: "{count} Min."
          several: "{count} Min."
        """, file: "layouts/i18n/de.yml")
        #expect(entries == ["reading_time": .plural([.one: "{count} Min."])])
        #expect(warnings.map(\.description) == [
            "layouts/i18n/de.yml:1: warning: `older` has no text; English used (write the text in quotes: `older: \"…\"` (or `\"\"` for none))",
            "layouts/i18n/de.yml:2: warning: `tags` is a list, not a text; English used (write `tags: \"…\"`, or a text per plural form (one:, other:))",
            "layouts/i18n/de.yml:5: warning: `reading_time.several` ignored: plural forms are zero, one, two, few, many and other, each a text (see Layouts/i18n/en.yml for the form of each string)",
            "layouts/i18n/de.yml:3: warning: `reading_time` has no `other` form (add `other:`, the form used for any count the other forms do not cover)",
        ])
    }

    @Test func refusesTextThatIsNoMapping() {
        #expect(throws: SiteFileError.self) { try TranslationFormat.parse("- a\n- b\n", file: "x.yml") }
        #expect(throws: SiteFileError.self) { try TranslationFormat.parse("a: \"unclosed\n", file: "x.yml") }
    }

    @Test func aSiteOverridesOneStringAndKeepsTheRest() {
        let (strings, warnings) = TranslationMerge.strings(for: "de", theme: Self.shipped, site: ["de.yml": "older_page: \"Frühere →\"\n"])
        #expect(warnings.isEmpty)
        #expect(strings.language == "de")
        #expect(strings.text("older_page") == "Frühere →")
        #expect(strings.text("newer_page") == "← Neuere Artikel")
        #expect(strings.text("reading_time", count: 4) == "4 Min. Lesezeit")
    }

    @Test func aRegionalFileAddsToItsLanguage() {
        let site = ["de-AT.yml": "nav_latest: \"Aktuell\"\n", "en.yml": "older: \"Earlier\"\n"]
        let (strings, warnings) = TranslationMerge.strings(for: "de-AT", theme: Self.shipped, site: site)
        #expect(warnings.isEmpty)
        #expect(strings.text("nav_latest") == "Aktuell")
        #expect(strings.text("nav_archive") == "Archiv")
        #expect(strings.text("older") == "Älterer Artikel")
        let (english, _) = TranslationMerge.strings(for: "en-GB", theme: Self.shipped, site: site)
        #expect(english.text("older") == "Earlier")
        #expect(english.text("newer") == "Newer")
    }

    @Test func aMissingKeyFallsBackToEnglishWithOneWarning() {
        let theme = ["sv.yml": Self.everyKey(except: "older", from: "sv")]
        let (strings, warnings) = TranslationMerge.strings(for: "sv", theme: theme, site: [:])
        #expect(strings.text("older") == "Older")
        #expect(strings.text("newer") == "sv newer")
        #expect(warnings.map(\.description) == [
            "Layouts/i18n/sv.yml: warning: no string `older`: English used (add `older: \"…\"` to Layouts/i18n/sv.yml or to the site's layouts/i18n/sv.yml)",
        ])
    }

    @Test func aLanguageWithNoFileGetsOneWarning() {
        let (strings, warnings) = TranslationMerge.strings(for: "fi-FI", theme: Self.shipped, site: [:])
        #expect(strings.text("older") == "Older")
        #expect(strings.formats.day(ArticleDate(year: 2024, month: 3, day: 1)!) == "1. maaliskuuta 2024")
        #expect(warnings.map(\.description) == [
            "layouts/i18n/fi.yml: warning: no translation for language \"fi-FI\": the interface is in English (copy Layouts/i18n/en.yml to the site's layouts/i18n/fi.yml and translate it)",
        ])
    }

    @Test func aBrokenFileIsReportedAndLeftOut() {
        let (strings, warnings) = TranslationMerge.strings(for: "de", theme: Self.shipped, site: ["de.yml": "older: [\n"])
        #expect(strings.text("older") == "Älterer Artikel")
        #expect(warnings.count == 1)
        #expect(warnings.first?.file == "layouts/i18n/de.yml")
        #expect(warnings.first?.message.hasSuffix("; the file is not used") == true)
    }

    @Test func theEnglishFileIsTheBuiltInEnglish() throws {
        let text = try #require(Self.shipped["en.yml"])
        let (entries, warnings) = try TranslationFormat.parse(text, file: "en.yml")
        #expect(warnings.isEmpty)
        #expect(entries == UIStrings.english.entries)
    }

    /// The fourteen languages of issue 9, each complete, with the plural forms its rule uses
    /// and the placeholders of the English string.
    @Test(arguments: ["en", "de", "fr", "es", "it", "pt", "nl", "ru", "pl", "ja", "zh", "ko", "ar", "he"])
    func theShippedTranslationIsComplete(language: String) throws {
        let text = try #require(Self.shipped[language + ".yml"])
        let (entries, warnings) = try TranslationFormat.parse(text, file: language + ".yml")
        #expect(warnings.isEmpty)
        #expect(Set(entries.keys) == Set(UIStrings.english.entries.keys))
        let (_, mergeWarnings) = TranslationMerge.strings(for: language, theme: Self.shipped, site: [:])
        #expect(mergeWarnings.isEmpty)
        let needed = Set((0...200).map { PluralCategory.of($0, language: language) } + [.other])
        for (key, english) in UIStrings.english.entries.sorted(by: { $0.key < $1.key }) {
            let own = try #require(entries[key])
            if case .plural(let forms) = english {
                guard case .plural(let ownForms) = own else { Issue.record("\(language): \(key) has no plural forms"); continue }
                #expect(needed.isSubset(of: Set(ownForms.keys)), "\(language): \(key) lacks forms \(needed.subtracting(ownForms.keys))")
                #expect(Self.placeholders(ownForms[.other] ?? "") == Self.placeholders(forms[.other] ?? ""), "\(language): \(key)")
                _ = forms
            } else {
                #expect(Self.placeholders(own.otherForm) == Self.placeholders(english.otherForm), "\(language): \(key)")
            }
        }
    }

    /// `{name}` placeholders of a text.
    static func placeholders(_ text: String) -> Set<String> {
        var names: Set<String> = []
        var rest = text[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.insert(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }

    /// A translation file with every English key but `missing`, each text `LANG key`.
    static func everyKey(except missing: String, from language: String) -> String {
        UIStrings.english.entries.keys.sorted().filter { $0 != missing }.map { "\($0): \"\(language) \($0)\"" }.joined(separator: "\n") + "\n"
    }
}
