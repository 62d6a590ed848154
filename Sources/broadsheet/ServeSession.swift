import ArticleModel
import Foundation
import Pipeline
import SiteServe

/// One run of `broadsheet serve`: the build (Pipeline), the watch (InputWatcher) and the
/// server (SiteServe), composed. Builds run on the calling thread, one at a time; the server
/// answers on Swift's own threads meanwhile, from the last good output.
struct ServeSession {
    /// What to build.
    let request: BuildRequest
    /// The port asked for, nil for the first free one.
    let port: UInt16?
    /// Whether every diagnostic is printed.
    let verbose: Bool

    /// Serves (the previous output at first), builds, and builds again on every change until
    /// Ctrl-C (or SIGTERM); then stops the server and returns. Throws ``ExitStatus/nothingDone`` when it cannot serve.
    func run() throws {
        let stop = StopSignal.install()
        let output: URL
        do { output = try Pipeline.output(of: request) } catch {
            DiagnosticPrinter.printFailure(error)
            throw ExitStatus.nothingDone
        }
        let watcher = InputWatcher(inputs: Pipeline.watchedInputs(request))
        var seen = watcher.snapshot()
        let server = SiteServer(folder: output)
        let bound: UInt16
        do { bound = try Blocking.wait { try await server.start(port: port) } } catch {
            DiagnosticPrinter.printFailure("\(error)")
            throw ExitStatus.nothingDone
        }
        say("Serving \(DisplayPath.of(output)) at http://127.0.0.1:\(bound)/ (watching \(DisplayPath.of(siteFolder)); Ctrl-C stops)")
        var number = 1
        let first = build(number: number)
        Blocking.wait { await server.announce(first) }
        while let (now, changed) = watcher.waitForChange(since: seen, stop: { stop.isSet }) {
            seen = now
            number += 1
            say(changeLine(changed))
            let event = build(number: number)
            Blocking.wait { await server.announce(event) }
        }
        say("Stopping: closing the server")
        Blocking.wait { await server.stop() }
    }

    /// Builds once, prints what happened, and returns the event for open pages.
    private func build(number: Int) -> BuildEvent {
        let start = Date()
        let line = ProgressLine.forStandardError()
        var request = self.request
        request.progress = { line.show($0) }
        do {
            let report = try Pipeline.build(request)
            line.clear()
            DiagnosticPrinter.print(report.diagnostics, verbose: verbose)
            say(summary(report, seconds: Date().timeIntervalSince(start)))
            return .built("\(getpid())-\(number)")
        } catch {
            line.clear()
            DiagnosticPrinter.print(error.diagnostics, verbose: verbose)
            DiagnosticPrinter.printFailure(error)
            let errors = error.diagnostics.filter { $0.severity == .error }.map(\.description)
            return .failed((errors + ["error: \(error)"]).joined(separator: "\n"))
        }
    }

    /// Prints `line` on standard output at once (it is often a log file, which `print` would buffer).
    private func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    private var siteFolder: URL {
        if case .site(let folder) = request.source { return folder }
        return URL(fileURLWithPath: ".")
    }

    /// `content/2024/tides.md changed: building`, naming at most three files.
    private func changeLine(_ changed: [String]) -> String {
        let top = siteFolder.standardizedFileURL.path + "/"
        let names = changed.map { $0.hasPrefix(top) ? String($0.dropFirst(top.count)) : $0 }
        let shown = names.prefix(3).joined(separator: ", ") + (names.count > 3 ? " and \(names.count - 3) more" : "")
        return "\(shown) changed: building"
    }

    /// `Built 20 articles, 56 pages, 9 warnings in 0.07 s`.
    private func summary(_ report: BuildReport, seconds: Double) -> String {
        let errors = report.diagnostics.filter { $0.severity == .error }.count
        let warnings = report.diagnostics.filter { $0.severity == .warning }.count
        let warned = (errors > 0 ? ", \(DisplayPath.count(errors, "error"))" : "") + (warnings > 0 ? ", \(DisplayPath.count(warnings, "warning"))" : "")
        return "Built \(DisplayPath.count(report.articles, "article")), \(DisplayPath.count(report.pages, "page"))\(warned) in \(String(format: "%.2f", seconds)) s"
    }
}
