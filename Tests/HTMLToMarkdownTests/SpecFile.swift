import Foundation

/// Reads a spec file in the style of cmark's `spec.txt`: examples between a fence of 32
/// backticks followed by `example` and a bare fence, input and output separated by a line
/// holding only `.`.
enum SpecFile {
    /// The fence that opens an example.
    static let opening = String(repeating: "`", count: 32) + " example"
    /// The fence that closes one.
    static let closing = String(repeating: "`", count: 32)

    /// The examples of `Spec/converter.txt` in the test bundle.
    static let converterExamples = examples(in: "converter")

    /// The examples of `Spec/regression.txt`: bugs found once, kept from coming back.
    static let regressionExamples = examples(in: "regression")

    /// Every example of both files.
    static let allExamples = converterExamples + regressionExamples

    /// The examples of `Spec/base-url.txt`, all converted with ``baseURL``.
    static let baseURLExamples = examples(in: "base-url")

    /// The base URL of every example in `Spec/base-url.txt`.
    static let baseURL = "https://news.example/2024/06/story/"

    private static func examples(in name: String) -> [SpecExample] {
        guard let url = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Spec"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return parse(text, file: name + ".txt")
    }

    /// The examples in `text`, read from `file`.
    static func parse(_ text: String, file: String) -> [SpecExample] {
        var examples: [SpecExample] = []
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
                if line == opening { state = 1; start = index + 1; input = []; output = [] }
            case 1:
                if line == "." { state = 2 } else { input.append(line) }
            default:
                if line == closing {
                    state = 0
                    let markdown = output.isEmpty ? "" : output.joined(separator: "\n") + "\n"
                    examples.append(SpecExample(file: file, number: examples.count + 1, line: start, section: section,
                                                html: input.joined(separator: "\n"), markdown: markdown))
                } else {
                    output.append(line)
                }
            }
        }
        return examples
    }
}
