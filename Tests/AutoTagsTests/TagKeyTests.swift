import Testing
@testable import AutoTags

/// The keys that make spellings of one tag one candidate.
@Suite struct TagKeyTests {
    @Test func caseAndHyphensDoNotMatter() {
        #expect(TagKey.name("Kim Jong-un") == TagKey.name("Kim Jong Un"))
        #expect(TagKey.name("K-pop") == "k pop")
    }

    @Test func englishTermsAreSingular() {
        #expect(TagKey.term("missiles", language: .english) == "missile")
        #expect(TagKey.term("policies", language: .english) == "policy")
        #expect(TagKey.term("congress", language: .english) == "congress")
        #expect(TagKey.term("virus", language: .english) == "virus")
        #expect(TagKey.term("Preise", language: .german) == "preise")
    }

    @Test func demonymsStandForTheirCountryWhenTheCollectionNamesIt() {
        let names: Set<String> = ["north korea", "russia", "ukraine"]
        #expect(TagKey.country(ofDemonym: "north korean", names: names) == "north korea")
        #expect(TagKey.country(ofDemonym: "north koreans", names: names) == "north korea")
        #expect(TagKey.country(ofDemonym: "russian", names: names) == "russia")
        #expect(TagKey.country(ofDemonym: "ukrainian", names: names) == "ukraine")
        #expect(TagKey.country(ofDemonym: "german", names: names) == nil)
    }
}
