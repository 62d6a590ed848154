import AutoTags
import Foundation
import Testing

/// The fixture collection tagged as a whole, against `Fixtures/expected-tags.txt`.
@Suite struct CollectionTests {
    @Test func givesTheExpectedTags() throws {
        let named = try CollectionFixture.documents()
        let tags = AutoTagger.suggest(for: named.map(\.document))
        let got = zip(named, tags).map { "\($0.name): \($1.isEmpty ? "-" : $1.joined(separator: ", "))" }
        if ProcessInfo.processInfo.environment["PRINT_TAGS"] != nil { print(got.joined(separator: "\n")) }
        let expected = try CollectionFixture.expected()
        #expect(Set(expected.keys) == Set(named.map(\.name)), "expected-tags.txt must name every fixture")
        for (item, found) in zip(named, tags) {
            #expect(found == expected[item.name], "\(item.name)")
        }
    }
}
