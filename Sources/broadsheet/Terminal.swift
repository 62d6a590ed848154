import ArticleModel
import Foundation

/// What standard error is: a terminal (a person watching) or a file or pipe (a log, CI).
/// Progress lines are drawn and colours used only on a terminal, and colours never when
/// `NO_COLOR` is set to anything (no-color.org) or `TERM` is `dumb`.
enum Terminal {
    /// Whether standard error is a terminal.
    static let isTerminal = isatty(STDERR_FILENO) != 0

    /// Whether diagnostics on standard error are coloured.
    static let colours = usesColours(isTerminal: isTerminal, environment: ProcessInfo.processInfo.environment)

    /// The rule behind ``colours``.
    static func usesColours(isTerminal: Bool, environment: [String: String]) -> Bool {
        isTerminal && (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
    }

    /// The terminal's width in columns (80 when it cannot be asked).
    static func columns() -> Int {
        var size = winsize()
        guard ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }

    /// `severity` as a diagnostic line writes it: red for errors, yellow for warnings, when colours are on.
    static func severity(_ severity: Diagnostic.Severity) -> String {
        guard colours else { return severity.rawValue }
        switch severity {
        case .error: return "\u{1B}[31m\(severity.rawValue)\u{1B}[0m"
        case .warning: return "\u{1B}[33m\(severity.rawValue)\u{1B}[0m"
        case .note: return severity.rawValue
        }
    }
}
