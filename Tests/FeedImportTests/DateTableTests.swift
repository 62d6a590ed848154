import ArticleModel
@testable import FeedImport
import Foundation
import Testing

/// Every date form feeds write, as a table: `Fixtures/dates.tsv` holds `input<TAB>expected`,
/// expected being the ISO 8601 date with its original offset, or `nil` for text that is no date.
@Suite struct DateTableTests {
    /// One line of the table.
    struct Case: CustomStringConvertible {
        let line: Int
        let input: String
        let expected: String?
        var description: String { "dates.tsv:\(line): \(input.debugDescription)" }
    }

    /// The cases of `dates.tsv`, with `\n`, `\r` and `\t` in the input read as line breaks and tabs.
    static func table() throws -> [Case] {
        let text = String(decoding: try Fixtures.data("dates.tsv"), as: UTF8.self)
        var cases: [Case] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where !line.isEmpty && !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 2 else { throw TableError(line: index + 1) }
            let input = String(fields[0]).replacingOccurrences(of: "\\n", with: "\n")
                .replacingOccurrences(of: "\\r", with: "\r").replacingOccurrences(of: "\\t", with: "\t")
            cases.append(Case(line: index + 1, input: input, expected: fields[1] == "nil" ? nil : String(fields[1])))
        }
        return cases
    }

    @Test func everyLineOfTheTable() throws {
        let cases = try DateTableTests.table()
        #expect(cases.count >= 150)
        for item in cases {
            #expect(FeedDate.parse(item.input)?.iso8601 == item.expected, "\(item)")
        }
    }

    @Test func theTableHoldsDatesAndNonDates() throws {
        let cases = try DateTableTests.table()
        #expect(cases.filter { $0.expected == nil }.count >= 40)
        #expect(cases.filter { $0.expected != nil }.count >= 100)
    }

    @Test func theInstantIsRightNotJustTheText() throws {
        let date = try #require(FeedDate.parse("Thu Jan 01 2004 10:00:00 GMT+0100 (Central European Standard Time)"))
        #expect(date.epochSeconds == 1_072_947_600)  // 2004-01-01T09:00:00Z
        #expect(date.offsetSeconds == 3600)
        let korean = try #require(FeedDate.parse("2004-05-25 \u{C624}\u{D6C4} 11:23:17"))
        #expect(korean.epochSeconds == 1_085_494_997)  // 2004-05-25T14:23:17Z
    }

    /// Long and repetitive text is no date for any reader (how fast they get through it is
    /// measured in `make bench`, not here).
    @Test(arguments: [
        LongInput("letters", String(repeating: "a", count: 10_000)),
        LongInput("digits", String(repeating: "9", count: 10_000)),
        LongInput("open parentheses", String(repeating: "(", count: 10_000)),
        LongInput("empty comments", String(repeating: "()", count: 5_000)),
        LongInput("year and hyphen", String(repeating: "2004-", count: 2_000)),
        LongInput("weekdays", String(repeating: "Thu, ", count: 2_000)),
        LongInput("hours", String(repeating: "12:", count: 3_333)),
        LongInput("plus signs", String(repeating: "+", count: 10_000)),
        LongInput("Korean afternoons", String(repeating: "\u{C624}\u{D6C4} ", count: 3_000)),
        LongInput("a date and junk", "Thu, 01 Jan 2004 10:00:00 GMT" + String(repeating: " x", count: 5_000)),
        LongInput("a year of 5,000 digits", String(repeating: " ", count: 5_000) + "2004" + String(repeating: "0", count: 5_000)),
    ])
    func longInputIsNoDate(_ input: LongInput) {
        #expect(FeedDate.parse(input.text) == nil)
        #expect(ArticleDate(rfc822: input.text) == nil)
        var scanner = ISO8601Scanner(input.text, lenient: true)
        #expect(scanner.scan() == nil)
    }

    /// A comment is a comment however long, but FeedDate does not look at text that long.
    @Test func aLongCommentIsReadAndFeedDateRefusesIt() {
        let text = "Thu, 01 Jan 2004 10:00:00 +0100 (" + String(repeating: "PST ", count: 2_500) + ")"
        #expect(ArticleDate(rfc822: text)?.iso8601 == "2004-01-01T10:00:00+01:00")
        #expect(FeedDate.parse(text) == nil)
    }

    /// A long test input, named so that a failure does not print 10,000 characters.
    struct LongInput: CustomTestStringConvertible, Sendable {
        let name: String
        let text: String
        init(_ name: String, _ text: String) { (self.name, self.text) = (name, text) }
        var testDescription: String { "\(name) (\(text.count) characters)" }
    }

    @Test func whitespaceAroundALongDateIsIgnored() {
        let padded = String(repeating: " \n", count: 5_000) + "2004-01-01T10:00:00+01:00" + String(repeating: "\t", count: 5_000)
        #expect(FeedDate.parse(padded)?.iso8601 == "2004-01-01T10:00:00+01:00")
    }

    @Test func noInputCrashes() {
        let pieces = ["Thu", ",", " ", "01", "1", "Jan", "2004", "04", "-", "+", ":", "/", ".", "T", "Z", "W",
                      "(", ")", "GMT", "\u{C624}\u{D6C4}", "\u{B144}", "j\u{FA}lius", "\u{0399}\u{03BF}\u{03CD}\u{03BB}",
                      "99", "\u{0}", "\u{FFFD}", "9999999999", "am", "etc"]
        var generator = SplitMix(seed: 2004)
        for _ in 0..<3_000 {
            let count = Int(generator.next() % 12)
            let text = (0..<count).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            if let date = FeedDate.parse(text) {
                #expect(DateFields.years.contains(date.local.year), "\(text.debugDescription)")
            }
        }
    }

    /// A line of `dates.tsv` that is not `input<TAB>expected`.
    private struct TableError: Error, CustomStringConvertible {
        let line: Int
        var description: String { "dates.tsv:\(line): write the case as input, a tab, then the expected date or nil" }
    }

    /// A small deterministic random generator, so the crash test always runs the same inputs.
    private struct SplitMix {
        private var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }
}
