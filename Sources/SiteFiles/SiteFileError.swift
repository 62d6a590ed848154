/// A site file (`site.yml`, an article's front matter) that could not be read: where, what,
/// and what to do.
public struct SiteFileError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file, as the user named it.
    public var file: String
    /// The 1-based line, when known.
    public var line: Int?
    /// What is wrong.
    public var message: String
    /// What to do about it.
    public var hint: String?

    /// Creates an error.
    public init(file: String, line: Int? = nil, _ message: String, hint: String? = nil) {
        self.file = file
        self.line = line
        self.message = message
        self.hint = hint
    }

    /// `file:line: message`, for wrapping in another error.
    public var located: String { file + (line.map { ":\($0)" } ?? "") + ": " + message }

    /// `file:line: error: message (hint)`.
    public var description: String {
        var text = file + (line.map { ":\($0)" } ?? "") + ": error: " + message
        if let hint { text += " (\(hint))" }
        return text
    }
}
