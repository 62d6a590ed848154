import Foundation
import Testing

/// The exit status of every command, as a table: 0 done, 1 done with problems in some items
/// (errors; warnings too with `--strict`), 2 nothing done, 64 a wrong command line. `check`'s
/// 0 and 1 are in CheckCommandTests, `fetch`'s in FetchCommandTests, `serve`'s 0 and 2 in ServeCommandTests.
@Suite struct ExitStatusTests {
    /// One row: the command line (`{input}`, `{out}` and `{site}` stand for paths in a
    /// temporary folder), the bytes given as `{input}`, and the status expected.
    struct Row: Sendable, CustomTestStringConvertible {
        var arguments: [String]
        var input: String
        var status: Int32
        var testDescription: String { "\(arguments.joined(separator: " ")) → \(status)" }
    }

    static func rss(_ body: String) -> String {
        """
        <rss version="2.0"><channel><title>T</title>
        <item><title>Good</title><link>https://example.org/a</link><pubDate>Mon, 01 Jul 2024 10:00:00 +0000</pubDate><description>\(body)</description></item>
        </channel></rss>
        """
    }

    /// A feed that is read whole, without a word to say.
    static let clean = rss("A plain paragraph.")
    /// A feed whose one item loses a script: a warning.
    static let warned = rss("A paragraph.&lt;script&gt;alert(1)&lt;/script&gt;")
    /// One good item and one the file ends inside: an error on an item, the rest used.
    static let partlyBroken = CommandLineTests.partlyBroken
    /// Nothing any reader can use: an error, and no article.
    static let unusable = "not a feed at all"

    static let rows: [Row] = [
        Row(arguments: ["build", "{input}", "-o", "{out}"], input: clean, status: 0),
        Row(arguments: ["build", "{input}", "-o", "{out}"], input: warned, status: 0),
        Row(arguments: ["build", "{input}", "-o", "{out}", "--strict"], input: warned, status: 1),
        Row(arguments: ["build", "{input}", "-o", "{out}"], input: partlyBroken, status: 1),
        Row(arguments: ["build", "{input}", "-o", "{out}"], input: unusable, status: 2),
        Row(arguments: ["build", "{input}", "--no-such-flag"], input: clean, status: 64),
        Row(arguments: ["import", "{input}", "--site", "{site}"], input: clean, status: 0),
        Row(arguments: ["import", "{input}", "--site", "{site}"], input: warned, status: 0),
        Row(arguments: ["import", "{input}", "--site", "{site}", "--strict"], input: warned, status: 1),
        Row(arguments: ["import", "{input}", "--site", "{site}"], input: partlyBroken, status: 1),
        Row(arguments: ["import", "{input}", "--site", "{site}"], input: unusable, status: 2),
        Row(arguments: ["import", "--site", "{site}"], input: clean, status: 64),
        Row(arguments: ["convert", "{input}"], input: "<p>Hello</p>", status: 0),
        Row(arguments: ["convert", "{input}"], input: "<p>Hello</p><script>x()</script>", status: 0),
        Row(arguments: ["convert", "{out}"], input: "", status: 2),
        Row(arguments: ["convert", "{input}", "--no-such-flag"], input: "<p>Hello</p>", status: 64),
        Row(arguments: ["check", "{site}"], input: "", status: 2),
        Row(arguments: ["check", "{site}", "--no-such-flag"], input: "", status: 64),
        Row(arguments: ["serve", "{out}"], input: "", status: 2),
        Row(arguments: ["serve", "{site}", "--port", "0"], input: "", status: 64),
        Row(arguments: ["new", "{site}"], input: "", status: 0),
        Row(arguments: ["new", "{out}", "--from", "{input}"], input: clean, status: 0),
        Row(arguments: ["new", "{input}"], input: clean, status: 2),
        // An input named on the command line that is not there: nothing could be read, for
        // every command (not a wrong command line).
        Row(arguments: ["new", "{out}", "--from", "/nonexistent/feed.xml"], input: "", status: 2),
        Row(arguments: ["build", "/nonexistent/feed.xml", "-o", "{out}"], input: "", status: 2),
        Row(arguments: ["build", "{input}", "/nonexistent/feed.xml", "-o", "{out}"], input: clean, status: 2),
        Row(arguments: ["build", "/nonexistent/site"], input: "", status: 2),
        Row(arguments: ["build", "{site}", "--layouts", "/nonexistent/theme"], input: "", status: 2),
        Row(arguments: ["import", "/nonexistent/feed.xml", "--site", "{site}"], input: "", status: 2),
        Row(arguments: ["import", "{input}", "--site", "/nonexistent/site"], input: clean, status: 2),
        Row(arguments: ["convert", "/nonexistent/page.html"], input: "", status: 2),
        Row(arguments: ["convert", "{input}", "--site", "/nonexistent/site"], input: "<p>Hello</p>", status: 2),
        Row(arguments: ["check", "/nonexistent/site"], input: "", status: 2),
        Row(arguments: ["fetch", "/nonexistent/site"], input: "", status: 2),
        Row(arguments: ["serve", "/nonexistent/site"], input: "", status: 2),
        // The command line is judged first: a wrong one is 64 even when an input is missing too.
        Row(arguments: ["build", "/nonexistent/feed.xml", "--quiet", "--verbose"], input: "", status: 64),
    ]

    @Test(arguments: rows) func everyCommandEndsWithTheDocumentedStatus(row: Row) throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("input.xml")
        try Data(row.input.utf8).write(to: input)
        let site = folder.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        let arguments = row.arguments.map {
            $0.replacingOccurrences(of: "{input}", with: input.path)
                .replacingOccurrences(of: "{out}", with: folder.appendingPathComponent("out").path)
                .replacingOccurrences(of: "{site}", with: site.path)
        }
        let result = try CommandLineTests.run(arguments)
        #expect(result.status == row.status, "\(result.stderr)")
    }

    @Test func everyHelpDocumentsTheExitStatus() throws {
        for command in [[], ["new"], ["build"], ["check"], ["import"], ["convert"], ["fetch"], ["serve"]] {
            let help = try CommandLineTests.run(command + ["--help"]).stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(help.contains("Exit status, the same for every command: 0 done; 1 done, but some items had problems"), "\(command)")
            #expect(help.contains("2 nothing done") && help.contains("64 a wrong command line"), "\(command)")
        }
    }
}
