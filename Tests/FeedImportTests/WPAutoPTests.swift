@testable import FeedImport
import Foundation
import Testing

/// Runs every example of `Fixtures/wpautop.txt`: WordPress post text in, the HTML expected out.
@Suite struct WPAutoPTests {
    /// One example of the spec file.
    struct Example: Sendable, CustomTestStringConvertible {
        var number: Int
        var line: Int
        var section: String
        var input: String
        var expected: String
        var testDescription: String { "wpautop.txt example \(number) (line \(line), \(section))" }
    }

    static let examples: [Example] = {
        guard let data = try? Fixtures.data("wpautop.txt") else { return [] }
        return parse(String(decoding: data, as: UTF8.self))
    }()

    /// The examples of a file in cmark's spec format: a fence of 32 backticks and `example`,
    /// the input, a line holding only `.`, the expected output, a bare fence.
    static func parse(_ text: String) -> [Example] {
        let fence = String(repeating: "`", count: 32)
        var examples: [Example] = []
        var section = ""
        var state = 0  // 0 outside, 1 input, 2 output
        var input: [String] = []
        var output: [String] = []
        var start = 0
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(raw)
            switch state {
            case 0:
                if line.hasPrefix("## ") { section = String(line.dropFirst(3)) }
                if line == fence + " example" { state = 1; start = index + 1; input = []; output = [] }
            case 1:
                if line == "." { state = 2 } else { input.append(line) }
            default:
                if line == fence {
                    state = 0
                    examples.append(Example(number: examples.count + 1, line: start, section: section,
                                            input: input.joined(separator: "\n"),
                                            expected: output.isEmpty ? "" : output.joined(separator: "\n") + "\n"))
                } else {
                    output.append(line)
                }
            }
        }
        return examples
    }

    @Test func specHasExamples() {
        #expect(Self.examples.count >= 30)
    }

    @Test(arguments: examples)
    func example(_ example: Example) {
        #expect(WPAutoP.html(from: example.input) == example.expected, "wpautop.txt:\(example.line)")
    }

    @Test func carriageReturnsAreLineBreaks() {
        #expect(WPAutoP.html(from: "One\r\n\r\nTwo\rThree") == "<p>One</p>\n<p>Two<br />\nThree</p>\n")
    }

    @Test func longInputKeepsEveryLineBreak() {
        let text = String(repeating: "A line of text\nand <em>another</em>\n\n<div>block</div>\n", count: 5_000)
        let html = WPAutoP.html(from: text)
        #expect(html.components(separatedBy: "<br />").count == 5_001)
    }
}
