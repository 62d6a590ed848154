import ArticleModel

/// A failure that stops a command: what went wrong, where, and what to do.
public struct PipelineError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong, naming the file or folder.
    public var message: String
    /// What to do about it.
    public var hint: String?
    /// What the build found before it stopped, for the user to read first.
    public var diagnostics: [Diagnostic]

    /// Creates an error.
    public init(_ message: String, hint: String? = nil, diagnostics: [Diagnostic] = []) {
        self.message = message
        self.hint = hint
        self.diagnostics = diagnostics
    }

    /// The message, then the hint on its own line.
    public var description: String {
        hint.map { "\(message)\n  hint: \($0)" } ?? message
    }
}
