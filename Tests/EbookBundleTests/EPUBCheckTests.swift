import ArticleModel
import EbookBundle
import Foundation
import Testing

/// Runs the real validator, epubcheck, on the sample book. CI installs it; a machine without
/// it records an issue instead of passing silently.
@Suite("epubcheck")
struct EPUBCheckTests {
    static let jar = "/usr/share/java/epubcheck.jar"

    @Test("the sample book passes epubcheck with no errors and no warnings")
    func sampleBook() throws {
        let data = try EPUBBuilder.epub(SampleArticles.all, config: SampleArticles.config,
                                        stylesheet: try bookStylesheet(), modified: SampleArticles.modified)
        try check(data)
    }

    @Test("an empty book passes epubcheck too")
    func emptyBook() throws {
        let data = try EPUBBuilder.epub([], config: SiteConfig(), stylesheet: "", modified: SampleArticles.modified)
        try check(data)
    }

    private func check(_ data: Data) throws {
        guard FileManager.default.fileExists(atPath: EPUBCheckTests.jar) else {
            Issue.record("epubcheck is missing: install it (apt-get install epubcheck) so \(EPUBCheckTests.jar) exists")
            return
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("book.epub")
        try data.write(to: file)
        let (status, output) = try run(["java", "-jar", EPUBCheckTests.jar, file.path])
        let problems = output.split(separator: "\n").filter { $0.contains("ERROR") || $0.contains("WARNING") }
        #expect(status == 0, "epubcheck exited with \(status):\n\(output)")
        #expect(problems.isEmpty, "epubcheck reported problems:\n\(output)")
    }

    private func run(_ arguments: [String]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }

    /// The shipped `Layouts/book/epub.css`, so the validator checks the real stylesheet.
    private func bookStylesheet() throws -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return try String(contentsOf: root.appendingPathComponent("Layouts/book/epub.css"), encoding: .utf8)
    }
}
