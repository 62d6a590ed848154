import Testing
@testable import AutoTags

/// The per-language word lists and language detection.
@Suite struct StopWordTests {
    @Test(arguments: [
        (TagLanguage.english, ["the", "would", "said", "thursday", "june"]),
        (.german, ["der", "und", "nicht", "sagte", "montag"]),
        (.french, ["le", "des", "avec", "selon", "jeudi"]),
        (.spanish, ["el", "los", "pero", "dijo", "lunes"]),
    ])
    func everyLanguageHasItsFunctionWordsDaysAndReportingVerbs(language: TagLanguage, words: [String]) {
        for word in words { #expect(language.stopWords.contains(word), "\(language): \(word)") }
    }

    @Test func listsAreLowerCaseSingleWords() {
        for language in TagLanguage.allCases {
            for word in language.stopWords.union(language.titleWords) {
                #expect(word == word.lowercased() && !word.contains(" "), "\(language): \(word)")
            }
        }
    }

    @Test(arguments: [
        ("The council said that the budget would pass and that it was fair.", "en", TagLanguage.english),
        ("Die Stadt sagte, dass der Radweg im Herbst fertig sein soll und nicht teuer ist.", "en", .german),
        ("Le port a dit que les navires de croisière seront plus nombreux avec le nouveau quai.", nil, .french),
        ("El alcalde dijo que las obras del puerto terminan en mayo y que no hay retrasos.", nil, .spanish),
        ("Kestrel Rovers win", "de", .german),  // too few words to tell: the declared language
        ("Kestrel Rovers win", nil, .english),
    ] as [(String, String?, TagLanguage)])
    func detectsTheLanguageFromItsWords(text: String, declared: String?, expected: TagLanguage) {
        let words = WordScanner.words(in: text).map(\.lower)
        #expect(TagLanguage.detect(words, declared: declared) == expected)
    }

    @Test func readsLanguageCodes() {
        #expect(TagLanguage(code: "de-AT") == .german)
        #expect(TagLanguage(code: "EN_gb") == .english)
        #expect(TagLanguage(code: "ja") == nil)
        #expect(TagLanguage(code: nil) == nil)
    }
}
