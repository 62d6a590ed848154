import AutoTags
import Foundation
import Testing

/// The tagger over small literal collections: one spelling per entity, existing spellings
/// reused, documents with tags left alone, order and size.
@Suite struct AutoTaggerTests {
    static let missiles = [
        TagDocument(title: "Kim Jong Un watches a test", text: """
            State media said Kim Jong Un watched the launch. The leader praised the engineers.
            Analysts say Kim Jong Un wants new missiles. The missiles flew east.
            """),
        TagDocument(title: "A parade in the capital", text: """
            Soldiers marched past Kim Jong-un in the rain. Tanks and missiles followed them.
            The parade ended when Kim Jong-un waved. Missiles were shown for the first time; a missile expert counted them.
            """),
        TagDocument(title: "Talks stall again", text: """
            Envoys from Seoul waited for a reply from Kim Jong Un. Officials in Seoul said talks would go on.
            Kim Jong Un has not answered. Seoul hopes to meet in spring.
            """),
        TagDocument(title: "Older arsenal", text: "Rockets and more rockets, said the report.", tags: ["Missiles"]),
    ]

    @Test func oneEntityHasOneSpellingTheMostFrequent() {
        let tags = AutoTagger.suggest(for: Self.missiles)
        #expect(tags[0].contains("Kim Jong Un") && tags[1].contains("Kim Jong Un") && tags[2].contains("Kim Jong Un"))
        #expect(!tags.joined().contains("Kim Jong-un"))
    }

    @Test func existingTagSpellingsAreReused() {
        let tags = AutoTagger.suggest(for: Self.missiles)
        #expect(tags[1].contains("Missiles"))
        #expect(tags[3] == [], "a document with tags gets none")
    }

    @Test func givesAtMostTheLimitAndSkipsDocumentsThatDoNotWantTags() {
        var documents = Self.missiles
        documents[2].wantsTags = false
        let tags = AutoTagger.suggest(for: documents, limit: 1)
        #expect(tags.map(\.count) == [1, 1, 0, 0])
    }

    @Test func theOrderOfTheCollectionDoesNotMatter() {
        let forward = AutoTagger.suggest(for: Self.missiles)
        let backward = AutoTagger.suggest(for: Self.missiles.reversed())
        #expect(forward == backward.reversed())
        #expect(AutoTagger.suggest(for: Self.missiles) == forward)
    }

    @Test func nothingToTagGivesNoTags() {
        #expect(AutoTagger.suggest(for: []) == [])
        #expect(AutoTagger.suggest(for: [TagDocument(title: "", text: "")]) == [[]])
        #expect(AutoTagger.suggest(for: [TagDocument(title: "Hello", text: "It is what it is.")]) == [[]])
    }

    /// At scale every document still gets its own few tags (how long it takes is measured in
    /// `make bench`, never here).
    @Test func tenThousandArticlesAreTagged() {
        let documents = SyntheticCollection.documents(10_000)
        let tags = AutoTagger.suggest(for: documents)
        #expect(tags.count == 10_000 && tags.filter(\.isEmpty).count < 100)
        #expect(tags.allSatisfy { $0.count <= AutoTagger.defaultLimit && Set($0).count == $0.count })
    }
}
