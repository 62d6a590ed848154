/// An article file in `content/`: front matter plus a Markdown body.
/// `SiteFiles` reads and writes its text form.
public struct ArticleFile: Hashable, Sendable {
    /// The metadata block.
    public var frontMatter: FrontMatter
    /// The body.
    public var body: Markdown

    /// Creates an article file.
    public init(frontMatter: FrontMatter, body: Markdown) {
        self.frontMatter = frontMatter
        self.body = body
    }
}
