/// Which HTML elements start blocks in the Markdown writer; everything else is inline.
enum ElementKind {
    private static let blocks: Set<String> = [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre",
        "figure", "figcaption", "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "colgroup",
        "col", "hr", "div", "section", "article", "aside", "header", "footer", "details", "summary",
        "body", "main", "nav", "address", "center",
    ]

    /// Elements kept as raw HTML blocks: Markdown has no form for them. (Definition lists
    /// have none either, but read well as bold terms and paragraphs: see ``BlockWriter``.)
    static let rawBlocks: Set<String> = ["table", "details"]

    /// Whether `name` is a block element.
    static func isBlock(_ name: String) -> Bool { blocks.contains(name) }
}
