/// A picture ImageKit could not convert or draw: what happened and what to do. The caller
/// adds the file or address it concerns.
public struct ImageError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of problem it is, for callers that treat them differently.
    public enum Kind: String, Hashable, Sendable {
        /// The bytes are no picture of a known format, or libgd could not decode them.
        case unreadable
        /// The picture is too large to decode safely (a decompression bomb, perhaps).
        case tooLarge
        /// A format that cannot be decoded (SVG) or written (WebP, AVIF, SVG) here.
        case unsupported
        /// The fonts for text are missing.
        case noFont
        /// libgd failed to allocate or encode a picture.
        case failed
    }

    /// What kind of problem it is.
    public var kind: Kind
    /// What happened, in plain words.
    public var message: String
    /// What the user can do about it.
    public var hint: String?

    /// Creates an error.
    public init(_ kind: Kind, _ message: String, hint: String? = nil) {
        self.kind = kind
        self.message = message
        self.hint = hint
    }

    /// `message (hint)`.
    public var description: String { message + (hint.map { " (\($0))" } ?? "") }
}
