import ArticleModel
import Testing

/// CLDR's plural rules for whole numbers, checked for each language the theme is translated
/// into (the whole table was compared with ICU 72's `uplrules_select` for 0 to 10,000).
@Suite struct PluralCategoryTests {
    @Test(arguments: [
        ("en", [0: "other", 1: "one", 2: "other", 21: "other"]),
        ("de", [0: "other", 1: "one", 2: "other"]),
        ("fr", [0: "one", 1: "one", 2: "other", 1_000_000: "many"]),
        ("pt", [0: "one", 1: "one", 2: "other", 2_000_000: "many"]),
        ("pt-PT", [0: "other", 1: "one", 2: "other"]),
        ("es", [0: "other", 1: "one", 5: "other", 1_000_000: "many", 1_000_001: "other"]),
        ("it", [1: "one", 11: "other", 3_000_000: "many"]),
        ("nl", [1: "one", 2: "other"]),
        ("ru", [0: "many", 1: "one", 2: "few", 4: "few", 5: "many", 11: "many", 12: "many", 21: "one", 22: "few", 111: "many", 112: "many"]),
        ("pl", [0: "many", 1: "one", 2: "few", 5: "many", 12: "many", 21: "many", 22: "few", 112: "many", 122: "few"]),
        ("ja", [0: "other", 1: "other", 2: "other"]),
        ("zh", [1: "other"]),
        ("ko", [1: "other"]),
        ("ar", [0: "zero", 1: "one", 2: "two", 3: "few", 10: "few", 11: "many", 99: "many", 100: "other", 102: "other", 103: "few", 111: "many"]),
        ("he", [0: "other", 1: "one", 2: "two", 3: "other", 10: "other", 20: "other"]),
        ("ro", [0: "few", 1: "one", 19: "few", 20: "other", 101: "few"]),
        ("sv", [0: "other", 1: "one"]),
    ] as [(String, [Int: String])])
    func picksTheFormCLDRGives(language: String, cases: [Int: String]) {
        for (count, form) in cases.sorted(by: { $0.key < $1.key }) {
            #expect(PluralCategory.of(count, language: language).rawValue == form, "\(language) \(count)")
        }
    }

    @Test func readsTheLanguageOfATagAndIgnoresTheSign() {
        #expect(PluralCategory.of(3, language: "ru_RU") == .few)
        #expect(PluralCategory.of(-1, language: "en") == .one)
        #expect(PluralCategory.of(2, language: "AR-eg") == .two)
        #expect(PluralCategory.of(1, language: "xx") == .one)
    }
}
