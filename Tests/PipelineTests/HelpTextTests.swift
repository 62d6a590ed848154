import Foundation
import Testing

/// Every command's `--help`, compared with `Help/NAME.txt` literally, at 80 columns.
/// `BROADSHEET_RECORD_HELP=1` rewrites the files from the binary: review the diff.
@Suite struct HelpTextTests {
    static let folder = TestSupport.root.appendingPathComponent("Tests/PipelineTests/Help")

    /// The file name for a command's help, and the command line that prints it.
    static let commands: [(file: String, arguments: [String])] = [
        ("broadsheet", []), ("new", ["new"]), ("build", ["build"]), ("check", ["check"]), ("import", ["import"]),
        ("convert", ["convert"]), ("fetch", ["fetch"]), ("serve", ["serve"]), ("layouts", ["layouts"]), ("layouts-export", ["layouts", "export"]),
    ]

    /// `broadsheet ARGUMENTS --help` with COLUMNS=80, as a pipe sees it.
    static func help(_ arguments: [String]) throws -> (status: Int32, text: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLineTests.binary)
        process.arguments = arguments + ["--help"]
        var environment = ProcessInfo.processInfo.environment
        environment["COLUMNS"] = "80"
        environment["LINES"] = "24"
        process.environment = environment
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test(arguments: commands.map(\.file)) func theHelpIsAsRecorded(file: String) throws {
        let arguments = try #require(Self.commands.first { $0.file == file }).arguments
        let (status, text) = try Self.help(arguments)
        #expect(status == 0)
        let url = Self.folder.appendingPathComponent(file + ".txt")
        if ProcessInfo.processInfo.environment["BROADSHEET_RECORD_HELP"] == "1" {
            try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let recorded = try String(contentsOf: url, encoding: .utf8)
        #expect(text == recorded, "broadsheet \(arguments.joined(separator: " ")) --help differs from Help/\(file).txt; BROADSHEET_RECORD_HELP=1 re-records it")
    }

    @Test func everyLineFitsEightyColumns() throws {
        for command in Self.commands {
            let (_, text) = try Self.help(command.arguments)
            for line in text.split(separator: "\n") { #expect(line.count <= 80, "\(command.file): \(line)") }
        }
    }
}
