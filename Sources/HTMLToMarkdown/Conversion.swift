import ArticleModel

/// The result of converting one HTML body: the Markdown, and what was removed on the way.
public struct Conversion: Sendable {
    /// The clean Markdown body.
    public var markdown: Markdown
    /// What was removed or could not be used, in this order: invalid cleaning rules (warnings),
    /// an unusable base URL (a warning), sanitiser removals (warnings, repeats counted),
    /// structural removals (notes: furniture in document order, then the article's edges),
    /// elements removed by class (notes) and removed `video`/`audio` (warnings) in document
    /// order, then boilerplate and empty blocks (notes, in document order). Each note names
    /// its rule.
    public var diagnostics: [Diagnostic]

    /// Creates a conversion result.
    public init(markdown: Markdown, diagnostics: [Diagnostic]) {
        self.markdown = markdown
        self.diagnostics = diagnostics
    }
}
