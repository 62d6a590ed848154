/// Why the server could not start, and what to do.
public struct ServeError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    public var message: String
    /// What to do about it.
    public var hint: String

    /// Creates an error.
    public init(_ message: String, hint: String) {
        self.message = message
        self.hint = hint
    }

    /// The message, then the hint on its own line.
    public var description: String { "\(message)\n  hint: \(hint)" }
}
