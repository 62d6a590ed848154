import ArticleModel

/// The result of converting one HTML body: the Markdown, and what was removed on the way.
public struct Conversion: Sendable {
    /// The clean Markdown body.
    public var markdown: Markdown
    /// Sanitiser removals (warnings), boilerplate removals and rule problems (notes, warnings),
    /// in document order.
    public var diagnostics: [Diagnostic]

    /// Creates a conversion result.
    public init(markdown: Markdown, diagnostics: [Diagnostic]) {
        self.markdown = markdown
        self.diagnostics = diagnostics
    }
}
