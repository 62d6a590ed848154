import ArticleModel
import Foundation

/// Prints diagnostics on standard error. Without `--verbose`: notes (what the cleaner
/// removed) only as a count, and a message repeated across many items shown three times,
/// then counted.
enum DiagnosticPrinter {
    /// How many diagnostics with the same message are shown before the rest are counted.
    static let repeatsShown = 3

    static func print(_ diagnostics: [Diagnostic], verbose: Bool) {
        var notes = 0
        var seen: [String: Int] = [:]
        for diagnostic in diagnostics {
            if diagnostic.severity == .note && !verbose {
                notes += 1
                continue
            }
            let key = "\(diagnostic.severity.rawValue): \(diagnostic.message)"
            seen[key, default: 0] += 1
            if verbose || seen[key]! <= repeatsShown { printError(diagnostic.description) }
        }
        for (key, count) in seen.sorted(by: { $0.key < $1.key }) where !verbose && count > repeatsShown {
            printError("… and \(count - repeatsShown) more \"\(key)\" (--verbose lists them)")
        }
        if notes > 0 { printError("\(notes) note\(notes == 1 ? "" : "s") (--verbose lists them)") }
    }

    static func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
