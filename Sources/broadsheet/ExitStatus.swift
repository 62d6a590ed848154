import ArgumentParser
import ArticleModel

/// The exit status of every command, decided by one rule:
///
/// | status | meaning |
/// |---|---|
/// | 0 | done, nothing to report above notes (and, without `--strict`, warnings) |
/// | 1 | done, with problems in some items: errors (with `--strict`, warnings too) were listed, the output is written |
/// | 2 | nothing done: nothing could be read, built or written, or a problem stopped the run first |
/// | 64 | a wrong command line (swift-argument-parser's code for a validation error) |
///
/// ```swift
/// try ExitStatus.check(report.diagnostics, strict: strict)  // throws ExitStatus.problems
/// throw ExitStatus.nothingDone
/// ```
enum ExitStatus {
    /// Done, with problems in some items.
    static let problems = ExitCode(1)
    /// Nothing done.
    static let nothingDone = ExitCode(2)
    /// A wrong command line.
    static let usage = ExitCode.validationFailure

    /// The paragraph that ends every command's help.
    static let help = """
        Exit status, the same for every command: 0 done; 1 done, but some items had \
        problems (errors, and with --strict warnings too), listed on standard error; 2 \
        nothing done: nothing could be read, built or written, or a problem stopped the \
        run first; 64 a wrong command line.
        """

    /// Prints `error: message` and gives ``nothingDone``: for an input named on the command
    /// line that is not there (a file that cannot be read is "nothing done" for every command,
    /// not a wrong command line), checked after the command line itself.
    static func missing(_ message: String) -> ExitCode {
        DiagnosticPrinter.printFailure(message)
        return nothingDone
    }

    /// Whether `diagnostics` make a finished run end with ``problems``: an error, or a warning
    /// when `strict`.
    static func hasProblems(_ diagnostics: [Diagnostic], strict: Bool) -> Bool {
        diagnostics.contains { $0.severity == .error || (strict && $0.severity == .warning) }
    }

    /// Throws ``problems`` when ``hasProblems(_:strict:)``.
    static func check(_ diagnostics: [Diagnostic], strict: Bool) throws(ExitCode) {
        if hasProblems(diagnostics, strict: strict) { throw problems }
    }
}
