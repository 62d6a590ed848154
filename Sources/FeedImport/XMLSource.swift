import ArticleModel
import Foundation
import MarkupTree

/// Parses feed XML (already UTF-8, see ``InputNormalizer``) and reports its problems; HTML
/// named entities are made numeric first (see ``XMLEntityRewriter``). libxml2 itself never loads DTDs, external entities or the network.
struct XMLSource {
    /// The root element, when any XML could be read.
    let root: MarkupElement?
    /// The bytes that were parsed (for line numbers).
    let bytes: [UInt8]
    /// Warnings about malformed XML, or the error that nothing could be read.
    let diagnostics: [Diagnostic]

    /// Parses `data`; `file` names it in diagnostics.
    init(_ data: Data, file: String) {
        let (decoded, repaired) = XMLSource.utf8(data)
        let prepared = XMLEntityRewriter.rewrite(decoded)
        let result = MarkupParser.xml(prepared)
        root = result.root
        bytes = [UInt8](prepared)
        var found = XMLSource.diagnostics(result.problems, hasRoot: result.root != nil, file: file, lines: bytes)
        if repaired { found.insert(XMLSource.repairWarning(file: file), at: 0) }
        diagnostics = found
    }

    /// `data` ready for byte rewriting, and whether bytes were replaced (never, now). The
    /// encoding is no longer decided here: ``FeedImporter/read(_:file:)`` has already made
    /// every input UTF-8 with ``InputNormalizer`` (which reports what it guessed or replaced),
    /// so the bytes are passed on as they are.
    static func utf8(_ data: Data) -> (Data, Bool) {
        (data, false)
    }

    /// The warning that invalid UTF-8 bytes were replaced.
    static func repairWarning(file: String) -> Diagnostic {
        Diagnostic(.warning, file: file, "the file says it is UTF-8 but holds bytes that are not; replaced them with \u{FFFD}",
                   hint: "save the file as UTF-8, or declare its real encoding")
    }

    /// What the parser's `problems` mean for the file `lines` (whose line count bounds the
    /// line numbers): a warning when a root was read, else the error that nothing was.
    static func diagnostics(_ problems: [XMLProblem], hasRoot: Bool, file: String, lines: [UInt8]) -> [Diagnostic] {
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
