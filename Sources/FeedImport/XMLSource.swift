import ArticleModel
import Foundation
import MarkupTree

/// Parses feed XML and reports its problems: bytes that are not UTF-8 and declare no encoding
/// are read as Windows-1252; HTML named entities are made numeric first (see
/// ``XMLEntityRewriter``). libxml2 itself never loads DTDs, external entities or the network.
struct XMLSource {
    /// The root element, when any XML could be read.
    let root: MarkupElement?
    /// The bytes that were parsed (for line numbers).
    let bytes: [UInt8]
    /// Warnings about malformed XML, or the error that nothing could be read.
    let diagnostics: [Diagnostic]

    /// Parses `data`; `file` names it in diagnostics.
    init(_ data: Data, file: String) {
        let prepared = XMLSource.prepare(data)
        let result = MarkupParser.xml(prepared)
        root = result.root
        bytes = [UInt8](prepared)
        let lastLine = bytes.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        let problems = result.problems.map { XMLProblem(line: min($0.line, lastLine), message: $0.message) }
        diagnostics = XMLSource.diagnostics(problems, hasRoot: result.root != nil, file: file)
    }

    /// `data` as UTF-8 (or as declared) with HTML entities made numeric.
    static func prepare(_ data: Data) -> Data {
        if data.starts(with: [0xFE, 0xFF]) || data.starts(with: [0xFF, 0xFE]) || data.prefix(4).contains(0) {
            return data  // UTF-16 or UTF-32: libxml2 reads it; byte rewriting would break it
        }
        var bytes = data
        if !TextDecoder.isUTF8(data), !declaresEncoding(data) {
            bytes = Data(TextDecoder.windows1252([UInt8](data)).utf8)
        }
        return XMLEntityRewriter.rewrite(bytes)
    }

    private static func declaresEncoding(_ data: Data) -> Bool {
        let head = String(decoding: data.prefix(200), as: UTF8.self)
        guard head.hasPrefix("<?xml"), let end = head.range(of: "?>") else { return false }
        return head[..<end.lowerBound].contains("encoding")
    }

    private static func diagnostics(_ problems: [XMLProblem], hasRoot: Bool, file: String) -> [Diagnostic] {
        guard let first = problems.first else {
            return hasRoot ? [] : [Diagnostic(.error, file: file, "the file holds no XML elements",
                                              hint: "check that it is a complete feed")]
        }
        let more = problems.count > 1 ? " (and \(problems.count - 1) more problems)" : ""
        guard hasRoot else {
            return [Diagnostic(.error, file: file, line: lineNumber(first), "could not read the XML: \(first.message)\(more)",
                               hint: "check the file near this line; it may be damaged or not a feed")]
        }
        return [Diagnostic(.warning, file: file, line: lineNumber(first),
                           "the XML is malformed: \(first.message)\(more); kept the items that could be read",
                           hint: "check the file near this line; it may be truncated")]
    }

    private static func lineNumber(_ problem: XMLProblem) -> Int? { problem.line > 0 ? problem.line : nil }
}
