import ArticleModel
import MarkupTree

extension FeedXML {
    /// What the parser's `problems` mean for the file `lines` (whose line count bounds the
    /// line numbers): a warning when a root was read, else the error that nothing was.
    static func fileDiagnostics(_ problems: [XMLProblem], hasRoot: Bool, file: String, lines: [UInt8]) -> [Diagnostic] {
        let lastLine = problems.isEmpty ? 0 : lines.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        let problems = problems.map { XMLProblem(line: min($0.line, lastLine), message: $0.message) }
        guard let first = problems.first else {
            return hasRoot ? [] : [Diagnostic(.error, file: file, "the file holds no XML elements",
                                              hint: "check that it is a complete feed")]
        }
        let more = problems.count > 1 ? " (and \(problems.count - 1) more problems)" : ""
        guard hasRoot else {
            return [Diagnostic(.error, file: file, line: lineNumber(first),
                               "could not read the XML: \(first.message)\(more)",
                               hint: "check the file near this line; it may be damaged or not a feed")]
        }
        return [Diagnostic(.warning, file: file, line: lineNumber(first),
                           "the XML is malformed: \(first.message)\(more); kept the items that could be read",
                           hint: "check the file near this line; it may be truncated")]
    }

    private static func lineNumber(_ problem: XMLProblem) -> Int? { problem.line > 0 ? problem.line : nil }
}
