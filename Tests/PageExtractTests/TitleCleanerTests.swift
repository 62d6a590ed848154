@testable import PageExtract
import Testing

/// The headline without the site's name: each case is `page title`, `site name`, `h1`, expected.
@Suite struct TitleCleanerTests {
    static let cases: [(title: String, site: String?, heading: String?, expected: String)] = [
        ("Tram line approved | The Riverside Courier", "The Riverside Courier", nil, "Tram line approved"),
        ("Tram line approved - Riverside Courier", "riverside courier", nil, "Tram line approved"),
        ("Riverside Courier: Tram line approved", "Riverside Courier", nil, "Tram line approved"),
        ("Tram line approved — News — Courier", nil, "Tram line approved", "Tram line approved"),
        ("Why I left Vim: a love letter", nil, "Something else", "Why I left Vim: a love letter"),
        ("Courier", "Courier", nil, "Courier"),
    ]

    @Test(arguments: cases.indices) func cleansTitle(_ index: Int) {
        let c = Self.cases[index]
        #expect(TitleCleaner.clean(c.title, siteName: c.site, headings: c.heading.map { [$0] } ?? []) == c.expected)
    }

    @Test func splitsSignalWordsWholeNotSubstrings() {
        #expect(SignalWords.split("shareBar social-links__item") == ["share", "bar", "social", "links", "item"])
        #expect(SignalWords.furnitureKind(SignalWords.split("shareholder-letter")) == nil)
        #expect(SignalWords.furnitureKind(SignalWords.split("post-share"))?.word == "share")
        #expect(SignalWords.furnitureKind(SignalWords.split("jp-relatedposts"))?.kind == "related links")
        #expect(SignalWords.furnitureKind(SignalWords.split("mainnav"))?.kind == "navigation")
        #expect(SignalWords.furnitureKind(SignalWords.split("download thread bread")) == nil)
    }
}
