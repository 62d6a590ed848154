/// A piece of HTML: a feed item's body before conversion, or an article body after rendering.
///
/// A distinct type from ``Markdown`` so the two can never be swapped at a call site.
public struct HTMLFragment: Hashable, Sendable, CustomStringConvertible {
    /// The HTML source.
    public var html: String

    /// Wraps HTML source text.
    public init(_ html: String) { self.html = html }

    /// The HTML source itself.
    public var description: String { html }
}
