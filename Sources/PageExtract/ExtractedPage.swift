import ArticleModel

/// The article found in a whole web page: its metadata, its main content as HTML, and what
/// was dropped on the way (each diagnostic says why).
///
/// ```swift
/// let page = PageExtractor.extract(html, file: "saved/story.html")
/// print(page.metadata.title ?? "untitled", page.content.html.count)
/// ```
public struct ExtractedPage: Hashable, Sendable {
    /// What the page says about the article (title, byline, dates, links, tags, language).
    public var metadata: PageMetadata
    /// The main content, without the page's furniture.
    public var content: HTMLFragment
    /// What was dropped and why, and any fallback taken.
    public var diagnostics: [Diagnostic]

    /// Creates an extracted page.
    public init(metadata: PageMetadata, content: HTMLFragment, diagnostics: [Diagnostic] = []) {
        self.metadata = metadata
        self.content = content
        self.diagnostics = diagnostics
    }
}
