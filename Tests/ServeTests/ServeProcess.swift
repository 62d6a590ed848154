import Foundation

/// `broadsheet serve` running as the real binary, its standard output and error in a log
/// file the test reads while it runs.
final class ServeProcess {
    /// The repository's root folder.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// The binary `swift build` made.
    static let binary = root.appendingPathComponent(".build/debug/broadsheet").path

    private let process = Process()
    private let log: URL

    /// Starts `broadsheet serve ARGUMENTS`, logging into `log`.
    init(_ arguments: [String], log: URL) throws {
        self.log = log
        FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        process.executableURL = URL(fileURLWithPath: Self.binary)
        process.arguments = ["serve"] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }

    /// Everything written so far.
    var output: String { (try? String(contentsOf: log, encoding: .utf8)) ?? "" }

    /// Whether `text` appears in the output within `seconds` (false at once if the process ended).
    func waitFor(_ text: String, within seconds: Double = 120) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if output.contains(text) { return true }
            if !process.isRunning { return output.contains(text) }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return false
    }

    /// Sends SIGINT, as Ctrl-C does.
    func interrupt() {
        process.interrupt()
    }

    /// The exit status once the process has ended within `seconds`; nil if it is still running.
    func exitStatus(within seconds: Double = 30) -> Int32? {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        return process.isRunning ? nil : process.terminationStatus
    }

    /// A copy of the sample site in a new temporary folder, with no output yet.
    static func sampleSite() throws -> (folder: URL, site: URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("broadsheet-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let site = folder.appendingPathComponent("site")
        try FileManager.default.copyItem(at: root.appendingPathComponent("Site"), to: site)
        for leftover in ["public", ".broadsheet"] { try? FileManager.default.removeItem(at: site.appendingPathComponent(leftover)) }
        return (folder, site)
    }
}
