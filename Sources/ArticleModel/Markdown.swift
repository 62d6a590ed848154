/// CommonMark text: the body of an article file, as the converter writes it and people edit it.
///
/// A distinct type from ``HTMLFragment`` so the two can never be swapped at a call site.
public struct Markdown: Hashable, Sendable, CustomStringConvertible {
    /// The Markdown source.
    public var text: String

    /// Wraps Markdown source text.
    public init(_ text: String) { self.text = text }

    /// The source text itself.
    public var description: String { text }
}
