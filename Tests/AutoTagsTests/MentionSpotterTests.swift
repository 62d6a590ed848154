import Testing
@testable import AutoTags

/// Names and terms found in one document, against a collection's capitals.
@Suite struct MentionSpotterTests {
    /// The mentions of `body` as `name:Surface` and `term:surface`, with `collection` (plus the
    /// body itself) as the capital counts.
    private func spot(_ body: String, title: String = "", collection: [String] = [], language: TagLanguage = .english) -> [String] {
        let words = WordScanner.words(in: body)
        let titleWords = WordScanner.words(in: title, title: true)
        let counts = CaseCounts(collection.map { WordScanner.words(in: $0) } + [words])
        return MentionSpotter(language: language, counts: counts).mentions(title: titleWords, body: words).map {
            ($0.kind == .name ? "name:" : "term:") + $0.surface + ($0.inTitle ? " (title)" : "")
        }
    }

    @Test func findsMultiWordNames() {
        #expect(spot("He met Vladimir Putin and Kim Jong Un in the city") ==
                ["name:Vladimir Putin", "name:Kim Jong Un", "term:city"])
    }

    @Test func aSentenceStartIsANameOnlyIfTheCollectionCapitalisesIt() {
        // "Despite" is written in lower case elsewhere; "Pyongyang" is capitalised elsewhere.
        #expect(spot("Despite talks, sanctions stay. Pyongyang objects.",
                     collection: ["despite the rain", "talks in Pyongyang"]) ==
                ["term:talks", "term:sanctions", "term:stay", "name:Pyongyang", "term:objects"])
    }

    @Test func aWordSeenOnlyAtSentenceStartsIsNoName() {
        #expect(spot("Gradually the wall fell.") == ["term:gradually", "term:wall", "term:fell"])
    }

    @Test func titlesEndNamesAndTheOfficeAfterOfIsDropped() {
        #expect(spot("said President Vladimir Putin and Secretary of State Antony Blinken") ==
                ["name:Vladimir Putin", "name:Antony Blinken"])
    }

    @Test func headlineWordsAreNamesOnlyWhenTheBodyCapitalisesThem() {
        #expect(spot("Officials say North Korea tests a missile near South Korea.", title: "North Korea Tests Missile") ==
                ["name:North Korea (title)", "term:tests (title)", "term:missile (title)",
                 "term:officials", "name:North Korea", "term:tests", "term:missile", "name:South Korea"])
    }

    @Test func particlesJoinNamesButNeverEndThem() {
        #expect(spot("a speech by Ursula von der Leyen and the Banque de France", language: .french) ==
                ["term:speech", "name:Ursula von der Leyen", "name:Banque de France"])
    }

    @Test func stopWordsDaysAndMonthsAreNeverCandidates() {
        #expect(spot("They would go there on Thursday in June, although others could not.") == [])
    }

    @Test func germanNounsAreTermsAndNamesNeedTwoWords() {
        #expect(spot("Die Stadtwerke Lindau erhöhen die Preise, sagte Anna Kessler.", language: .german) ==
                ["name:Stadtwerke Lindau", "term:erhöhen", "term:Preise", "name:Anna Kessler"])
    }

    @Test func longRunsOfCapitalsAreHeadingsNotNames() {
        #expect(spot("read The Big Long Winding Road Home slowly") == ["term:read", "term:slowly"])
    }
}
