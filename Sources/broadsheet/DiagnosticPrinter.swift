import ArticleModel
import Foundation

/// Prints diagnostics on standard error: warnings and errors one per line; notes (what the
/// cleaner removed) only with `--verbose`, else as a count.
enum DiagnosticPrinter {
    static func print(_ diagnostics: [Diagnostic], verbose: Bool) {
        var notes = 0
        for diagnostic in diagnostics {
            if diagnostic.severity == .note && !verbose {
                notes += 1
                continue
            }
            printError(diagnostic.description)
        }
        if notes > 0 { printError("\(notes) notes about removed boilerplate (--verbose lists them)") }
    }

    static func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
