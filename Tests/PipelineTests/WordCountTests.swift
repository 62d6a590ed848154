@testable import Pipeline
import Testing

@Suite struct WordCountTests {
    @Test(arguments: [
        ("", 0),
        ("One two three.", 3),
        ("**Bold** and [a link](https://example.com/x)", 8),  // link targets count too: an estimate
        ("Ünïcödé Straße, 北朝鮮 — 2024", 4),
        ("don't", 2),
    ])
    func countsRunsOfLettersAndDigits(text: String, expected: Int) {
        #expect(RenderSteps.wordCount(text) == expected)
    }
}
