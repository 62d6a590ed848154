import ArticleModel
import Foundation
import Pipeline

/// Prints diagnostics on standard error. Without `--verbose`: notes on files and items (what
/// the cleaner removed) only as a count, notes on the whole run in full, and a message repeated across many items shown three times,
/// then counted. With `--quiet`: errors only. Severities are coloured on a terminal
/// (``Terminal``).
enum DiagnosticPrinter {
    /// How many diagnostics with the same message are shown before the rest are counted.
    static let repeatsShown = 3

    /// Prints `diagnostics`: all of them when `verbose`, only errors when `quiet`.
    static func print(_ diagnostics: [Diagnostic], verbose: Bool, quiet: Bool = false) {
        var notes = 0
        var seen: [String: Int] = [:]
        for diagnostic in diagnostics {
            if quiet && diagnostic.severity != .error { continue }
            // A note about the whole run (no file: the pictures not yet fetched) is always shown.
            if diagnostic.severity == .note && !verbose && !diagnostic.file.isEmpty {
                notes += 1
                continue
            }
            let key = "\(diagnostic.severity.rawValue): \(diagnostic.message)"
            seen[key, default: 0] += 1
            if verbose || seen[key]! <= repeatsShown { printError(diagnostic.formatted(severity: Terminal.severity)) }
        }
        for (key, count) in seen.sorted(by: { $0.key < $1.key }) where !verbose && count > repeatsShown {
            printError("… and \(count - repeatsShown) more \"\(key)\" (--verbose lists them)")
        }
        if notes > 0 { printError("\(notes) note\(notes == 1 ? "" : "s") (--verbose lists them)") }
    }

    /// Prints what stopped a command: `error: MESSAGE`, then its hint.
    static func printFailure(_ error: PipelineError) {
        printFailure("\(error)")
    }

    /// Prints `error: text`, the word coloured on a terminal.
    static func printFailure(_ text: String) {
        printError(Terminal.severity(.error) + ": " + text)
    }

    /// Prints one line on standard error.
    static func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
