import Foundation
import Testing

/// The progress line and colours, watched as a person and as a log see them: under a
/// pseudo-terminal (`script` from util-linux gives the command one), and through pipes.
@Suite struct ProgressAndColourTests {
    /// Clear to the end of the line after a carriage return: how the progress line redraws.
    static let redraw = "\r\u{1B}[K"

    /// A site with one article that loses a script (a warning) and one file that is no feed (an error).
    static let site: [String: String] = [
        "site.yml": "title: Progress\n",
        "content/2024/a.md": "---\ntitle: A\ndate: 2024-05-01\n---\n\nHi <script>x()</script> there.\n",
        "feeds/news.xml": FaultTests.feed([("One", "Mon, 02 Jan 2023 10:00:00 +0000"), ("Two", "Tue, 03 Jan 2023 10:00:00 +0000")]),
        "feeds/broken.xml": "<rss><channel><item><title>Cut</title><description>par",
    ]

    /// Runs the binary on a pseudo-terminal (`script -qec`), with `environment` over the
    /// test's own less NO_COLOR; returns the exit status and everything the terminal showed.
    static func runInTerminal(_ arguments: [String], environment: [String: String] = [:]) throws -> (status: Int32, screen: String) {
        let command = ([CommandLineTests.binary] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", command.joined(separator: " "), "/dev/null"]
        var inherited = ProcessInfo.processInfo.environment
        inherited["NO_COLOR"] = nil
        inherited["TERM"] = "xterm"
        process.environment = inherited.merging(environment) { _, given in given }
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    static func builtSite() throws -> URL {
        let folder = try TestSupport.temporaryFolder()
        try CommandFlagsTests.write(site, in: folder)
        return folder
    }

    @Test func onATerminalTheLineIsRedrawnInPlaceAndRemovedAtTheEnd() throws {
        let folder = try Self.builtSite()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Self.runInTerminal(["build", folder.path])
        #expect(result.status == 1, "\(result.screen)")
        for step in ["converting articles  0/2  [>                   ]  0%", "converting articles  2/2  [====================]  100%",
                     "rendering articles  3/3  [====================]  100%", "making the book…  ", "making the site's pages…  ",
                     "writing files  0/"] {
            #expect(result.screen.contains(Self.redraw + step), "\(step) in \(result.screen.debugDescription)")
        }
        let afterTheLine = try #require(result.screen.components(separatedBy: Self.redraw).last)
        #expect(!afterTheLine.contains("writing files"), "the line is cleared before the diagnostics and the summary")
        #expect(afterTheLine.contains("Built 3 articles, "))
    }

    @Test func offATerminalThereIsNoLineAndNoColour() throws {
        let folder = try Self.builtSite()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CommandLineTests.run(["build", folder.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("content/2024/a.md: warning: removed <script> from the article's raw HTML"))
        #expect(result.stderr.contains("feeds/broken.xml:1: item 1: error: "))
        #expect(!result.stderr.contains("\r") && !result.stderr.contains("\u{1B}"), "\(result.stderr.debugDescription)")
        #expect(!result.stdout.contains("\u{1B}"))
    }

    @Test func onATerminalErrorsAreRedAndWarningsYellowUnlessNoColorOrADumbTerminal() throws {
        let folder = try Self.builtSite()
        defer { try? FileManager.default.removeItem(at: folder) }
        let coloured = try Self.runInTerminal(["build", folder.path]).screen
        #expect(coloured.contains("content/2024/a.md: \u{1B}[33mwarning\u{1B}[0m: removed <script>"), "\(coloured.debugDescription)")
        #expect(coloured.contains("feeds/broken.xml:1: item 1: \u{1B}[31merror\u{1B}[0m: "))
        for environment in [["NO_COLOR": "1"], ["TERM": "dumb"]] {
            let plain = try Self.runInTerminal(["build", folder.path], environment: environment).screen
            #expect(plain.contains("content/2024/a.md: warning: removed <script>"), "\(environment)")
            #expect(plain.contains("feeds/broken.xml:1: item 1: error: "), "\(environment)")
            #expect(!plain.contains("\u{1B}[3"), "\(environment): \(plain.debugDescription)")
        }
        let empty = try Self.runInTerminal(["build", folder.path], environment: ["NO_COLOR": ""]).screen
        #expect(empty.contains("\u{1B}[33mwarning"), "an empty NO_COLOR is not set (no-color.org)")
    }

    @Test func quietDrawsNothingButErrors() throws {
        let folder = try Self.builtSite()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Self.runInTerminal(["build", folder.path, "--quiet"])
        #expect(result.status == 1)
        #expect(!result.screen.contains(Self.redraw) && !result.screen.contains("warning") && !result.screen.contains("Built"))
        #expect(result.screen.contains("feeds/broken.xml:1: item 1: \u{1B}[31merror\u{1B}[0m: "), "\(result.screen.debugDescription)")
    }

    @Test func importAndCheckDrawTheSameLine() throws {
        let folder = try Self.builtSite()
        defer { try? FileManager.default.removeItem(at: folder) }
        let imported = try Self.runInTerminal(["import", folder.appendingPathComponent("feeds/news.xml").path, "--site", folder.path])
        #expect(imported.status == 0, "\(imported.screen)")
        #expect(imported.screen.contains(Self.redraw + "converting articles  2/2  [====================]  100%"))
        _ = try CommandLineTests.run(["build", folder.path])
        let checked = try Self.runInTerminal(["check", folder.path, "--no-epubcheck"])
        #expect(checked.status == 0, "\(checked.screen)")
        #expect(checked.screen.contains(Self.redraw + "checking pages  "), "\(checked.screen.debugDescription)")
        #expect(try #require(checked.screen.components(separatedBy: Self.redraw).last).hasPrefix("Checked "))
    }
}
