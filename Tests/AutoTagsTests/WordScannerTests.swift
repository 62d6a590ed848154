import Testing
@testable import AutoTags

/// Words, sentence starts and breaks as the scanner sees them.
@Suite struct WordScannerTests {
    private func describe(_ text: String, title: Bool = false) -> String {
        WordScanner.words(in: text, title: title).map { word in
            (word.breakBefore ? "|" : "") + word.text + (word.isAmbiguous ? "?" : "")
        }.joined(separator: " ")
    }

    @Test func marksSentenceStartsAsAmbiguous() {
        #expect(describe("Seoul said so. Despite that, Kim Jong-un left!\nNext line") ==
                "|Seoul? said so |Despite? that |Kim Jong-un left |Next? line")
    }

    @Test func everyTitleWordIsAmbiguous() {
        #expect(describe("North Korea Tests Missile", title: true) == "|North? Korea? Tests? Missile?")
    }

    @Test func possessivesEndANameAndLoseTheirS() {
        #expect(describe("North Korea’s leader and Russia's army") == "|North? Korea |leader and Russia |army")
    }

    @Test func acronymsKeepTheirDotsAndDoNotEndTheSentence() {
        #expect(describe("the U.N. chief met U.S. envoys") == "|the? U.N. |chief met U.S. |envoys")
    }

    @Test func capitalisedHyphenPartsAreTwoWords() {
        #expect(describe("a Russia-North Korea pact and K-pop") == "|a? Russia |North Korea pact and K-pop")
    }

    @Test func frenchElisionsAreDropped() {
        #expect(describe("la visite d’Emmanuel Macron à l'Élysée") == "|la? visite Emmanuel Macron à Élysée")
    }

    @Test func punctuationBreaksButSpacesDoNot() {
        #expect(describe("Paris, Berlin (Rome) and New York") == "|Paris? |Berlin |Rome |and New York")
    }
}
