import Foundation
import Testing

/// The `broadsheet` executable itself, run as a user would.
@Suite struct CommandLineTests {
    static let binary = TestSupport.root.appendingPathComponent(".build/debug/broadsheet").path

    static func run(_ arguments: [String], input: String? = nil) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        let out = Pipe(), err = Pipe(), stdin = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
    }

    @Test(.enabled(if: TestSupport.hasSeed, TestSupport.seedMissing)) func buildFromTheSeedTextEndsWithASummary() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let seed = TestSupport.seed.appendingPathComponent("000_d2f22ae44201deca.txt").path
        let result = try Self.run(["build", seed, "--output", folder.appendingPathComponent("out").path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Built 10 articles, "))
        let output = folder.appendingPathComponent("out").path
        #expect(result.stdout.hasSuffix(" s → \(output): 101 files written, 0 unchanged, 0 removed (open \(output)/index.html)\n"), "\(result.stdout)")
        // Built again: nothing to write, every file linked from the output it replaces.
        let again = try Self.run(["build", seed, "--output", output])
        #expect(again.stdout.hasSuffix(" s → \(output): 0 files written, 101 unchanged, 0 removed (open \(output)/index.html)\n"), "\(again.stdout)")
    }

    @Test func convertReadsStandardInput() throws {
        let result = try Self.run(["convert", "-"], input: "<p>Hi <b>there</b></p><script>x()</script><p>Source link</p>")
        #expect(result.status == 0)
        #expect(result.stdout == "Hi **there**\n")
        #expect(result.stderr == """
        <stdin>: warning: removed <script>
        <stdin>: note: removed boilerplate paragraph "Source link" (rule: source-link)

        """)
    }

    @Test(arguments: [
        (["build", "/nonexistent/site"], "error: /nonexistent/site: no such file or folder; check the path"),
        (["build", "/nonexistent/feed.xml", "-o", "/tmp/x"], "error: /nonexistent/feed.xml: no such file or folder; check the path"),
        (["build", "/etc/hostname"], "Error: building from feed files needs --output DIR"),
        (["convert", "/nonexistent.html"], "error: /nonexistent.html: cannot read the file"),
        (["build", "/etc/hostname", "-o", ""], "Error: --output needs a folder name"),
        (["build", "--layouts", "/nonexistent/theme"], "error: --layouts /nonexistent/theme: no such folder"),
        (["import", "--site", "/tmp"], "Error: Missing expected argument '<feeds> ...'"),
    ])
    func failuresExitNonZeroWithAClearMessage(arguments: [String], message: String) throws {
        let result = try Self.run(arguments)
        #expect(result.status != 0)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test func everyCommandHasExamplesInItsHelp() throws {
        for command in [[], ["build"], ["import"], ["convert"]] {
            let result = try Self.run(command + ["--help"])
            #expect(result.status == 0)
            #expect(result.stdout.contains("Examples:"), "\(command)")
            let examples = result.stdout.components(separatedBy: "Examples:")[1].components(separatedBy: "\n\n")[0]
            #expect(examples.split(separator: "\n").allSatisfy { $0.count <= 80 }, "\(command) examples wrap: \(examples)")
        }
    }
    /// A feed with one good item and one the file ends inside: items were used, with an error on one,
    /// so both commands end with 1 (done, with problems); a feed nothing can be read from gives 2.
    static let partlyBroken = """
        <rss version="2.0"><channel><title>T</title>
        <item><title>Good</title><link>https://example.org/a</link><pubDate>Mon, 01 Jul 2024 10:00:00 +0000</pubDate><description>x</description></item>
        <item><title>Cut</title><description>par
        """

    @Test(arguments: [(partlyBroken, Int32(1)), ("<rss <<<< &&& ", Int32(2)), ("not a feed at all", Int32(2))])
    func buildAndImportExitWithTheSameCode(feed: String, status: Int32) throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("feed.xml")
        try Data(feed.utf8).write(to: file)
        let site = folder.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        let built = try Self.run(["build", file.path, "--output", folder.appendingPathComponent("out").path])
        let imported = try Self.run(["import", file.path, "--site", site.path])
        #expect(built.status == status, "\(built.stderr)")
        #expect(imported.status == status, "\(imported.stderr)")
        #expect(built.stderr.contains("feed.xml"))
        #expect(imported.stderr.contains("feed.xml"))
    }
}
