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
        let (decoded, repaired) = XMLSource.utf8(data)
        let prepared = XMLEntityRewriter.rewrite(decoded)
        let result = MarkupParser.xml(prepared)
        root = result.root
        bytes = [UInt8](prepared)
        let lastLine = result.problems.isEmpty ? 0 : bytes.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        let problems = result.problems.map { XMLProblem(line: min($0.line, lastLine), message: $0.message) }
        var found = XMLSource.diagnostics(problems, hasRoot: result.root != nil, file: file)
        if repaired {
            found.insert(Diagnostic(.warning, file: file, "the file says it is UTF-8 but holds bytes that are not; "
                                        + "replaced them with \u{FFFD}",
                                    hint: "save the file as UTF-8, or declare its real encoding"), at: 0)
        }
        diagnostics = found
    }

    /// `data` ready for byte rewriting: UTF-8 as is; undeclared non-UTF-8 read as Windows-1252;
    /// invalid bytes in declared UTF-8 replaced (`true` then). Other declared encodings and
    /// UTF-16/32 are left to libxml2.
    static func utf8(_ data: Data) -> (Data, Bool) {
        if data.starts(with: [0xFE, 0xFF]) || data.starts(with: [0xFF, 0xFE]) || data.prefix(4).contains(0) {
            return (data, false)
        }
        guard !TextDecoder.isUTF8(data) else { return (data, false) }
        switch declaredEncoding(data) {
        case nil: return (Data(TextDecoder.windows1252([UInt8](data)).utf8), false)
        case "utf-8"?, "utf8"?: return (Data(String(decoding: data, as: UTF8.self).utf8), true)
        default: return (data, false)
        }
    }

    /// The lowercased `encoding` of the XML declaration, if any.
    private static func declaredEncoding(_ data: Data) -> String? {
        var head = String(decoding: data.prefix(200), as: UTF8.self)
        if head.hasPrefix("\u{FEFF}") { head.removeFirst() }
        guard head.hasPrefix("<?xml"), let end = head.range(of: "?>"),
              let key = head.range(of: "encoding", range: head.startIndex..<end.lowerBound) else { return nil }
        let rest = head[key.upperBound..<end.lowerBound].drop { $0 == " " || $0 == "=" || $0 == "\"" || $0 == "'" }
        let value = rest.prefix { $0 != "\"" && $0 != "'" && $0 != " " }
        return value.isEmpty ? nil : value.lowercased()
    }

    private static func diagnostics(_ problems: [XMLProblem], hasRoot: Bool, file: String) -> [Diagnostic] {
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
