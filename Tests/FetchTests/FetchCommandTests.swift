import Foundation
import Testing

/// `broadsheet fetch` run as a user would, against a real server on 127.0.0.1.
@Suite(.serialized) struct FetchCommandTests {
    static let binary = FetchFixtures.root.appendingPathComponent(".build/debug/broadsheet").path

    static func run(_ arguments: [String]) async -> (status: Int32, stdout: String, stderr: String) {
        await FetchFixtures.offPool {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: binary)
            process.arguments = arguments
            let out = Pipe(), err = Pipe()
            process.standardOutput = out
            process.standardError = err
            do { try process.run() } catch { return (-1, "", "\(error)") }
            let stdout = out.fileHandleForReading.readDataToEndOfFile()
            let stderr = err.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
        }
    }

    @Test func aFailedPictureIsListedAndTheExitStatusIsOne() async throws {
        let server = try await TestServer.start(.site)
        let site = try FetchFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: site) }
        try FetchFixtures.write([
            "site.yml": "title: T\n",
            "content/2026/a.md": "---\ntitle: A\n---\n\n![wall](\(server.base)/img/harbour.jpg)\n\n![gone](\(server.base)/img/gone.jpg)\n",
        ], in: site)
        let first = await Self.run(["fetch", site.path])
        #expect(first.status == 1, "\(first.stderr)")
        #expect(first.stdout == "fetched 1 (633 B), unchanged 0, failed 1\n  \(server.base)/img/gone.jpg — HTTP 404\n")
        #expect(first.stderr == "", "no progress line off a terminal")
        #expect(server.requests.allSatisfy { $0.userAgent == "Broadsheet/0.1.0 (offline site builder)" })
        try FetchFixtures.write(["content/2026/a.md": "---\ntitle: A\n---\n\n![wall](\(server.base)/img/harbour.jpg)\n"], in: site)
        let second = await Self.run(["fetch", site.path])
        #expect(second.status == 0)
        #expect(second.stdout == "fetched 0 (0 B), unchanged 1, failed 0\n")
        await server.stop()
    }

    @Test func aMissingFolderIsNothingDone() async {
        let result = await Self.run(["fetch", "/nonexistent/site"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("error: /nonexistent/site: no such site folder"))
    }

    @Test func theHelpHasExamplesThatFitTheTerminal() async {
        let result = await Self.run(["fetch", "--help"])
        #expect(result.status == 0)
        let examples = result.stdout.components(separatedBy: "Examples:").last ?? ""
        #expect(examples.contains("broadsheet fetch Site"))
        #expect(result.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 })
        let overview = await Self.run(["--help"])
        #expect(overview.stdout.contains("fetch") && overview.stdout.contains("broadsheet fetch Site"))
    }
}
