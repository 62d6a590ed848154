import ArticleModel
import Testing

/// Interface strings: placeholders, plural forms, numbers in the language's digits, the
/// English fallback and the direction of the language.
@Suite struct UIStringsTests {
    static let russian = UIStrings(language: "ru", entries: [
        "article_count": .plural([.one: "{count} статья", .few: "{count} статьи", .many: "{count} статей", .other: "{count} статьи"]),
        "by_author": .text("автор: {author}"),
    ])

    @Test func fillsPlaceholdersAndPicksPluralForms() {
        #expect(Self.russian.text("by_author", ["author": "Анна"]) == "автор: Анна")
        #expect(Self.russian.text("article_count", count: 1) == "1 статья")
        #expect(Self.russian.text("article_count", count: 3) == "3 статьи")
        #expect(Self.russian.text("article_count", count: 25) == "25 статей")
        #expect(Self.russian.text("article_count", count: 12_345) == "12\u{A0}345 статей")
    }

    @Test func fallsBackToEnglishThenToTheKey() {
        #expect(Self.russian.text("older") == "Older")
        #expect(Self.russian.text("no_such_key") == "no_such_key")
        #expect(UIStrings.english.text("page_of", ["current": "2", "total": "5"]) == "Page 2 of 5")
        #expect(UIStrings.english.text("reading_time", count: 1) == "1 min read")
    }

    @Test func leavesUnknownBracesAlone() {
        let strings = UIStrings(language: "en", entries: ["odd": .text("{a} {b} {{a}} {")])
        #expect(strings.text("odd", ["a": "x"]) == "x {b} {x} {")
    }

    @Test func givesTemplatesEveryTextWithoutPluralForms() {
        let texts = Self.russian.templateTexts
        #expect(texts["by_author"] == "автор: {author}")
        #expect(texts["older"] == "Older")
        #expect(texts["article_count"] == nil)
        #expect(texts.count == UIStrings.english.entries.values.filter { if case .text = $0 { true } else { false } }.count)
    }

    @Test(arguments: [
        ("ar", TextDirection.rtl), ("ar-EG", .rtl), ("he", .rtl), ("iw", .rtl), ("fa-IR", .rtl), ("ur", .rtl),
        ("en", .ltr), ("de-AT", .ltr), ("ja", .ltr), ("az-Arab", .rtl), ("ku-Latn", .ltr), ("pa-Arab-PK", .rtl), ("ar-Latn", .ltr),
    ])
    func knowsWhichWayALanguageIsWritten(language: String, direction: TextDirection) {
        #expect(TextDirection(language: language) == direction)
        #expect(UIStrings(language: language, entries: [:]).direction == direction)
    }
}
