import ArticleModel

/// What the converter knows about the article whose body it converts: its metadata, so that
/// a byline, a dateline or a title that only repeats it can be removed (see ``StructuralRule``).
/// Every field is optional; the empty context removes nothing on its account.
///
/// ```swift
/// let context = ArticleContext(author: "Jane Doe", date: ArticleDate(year: 2024, month: 6, day: 28))
/// converter.convert(HTMLFragment("<p>By Jane Doe</p><p>Text.</p>"), baseURL: nil, context: context)
/// // markdown "Text.\n", a note "removed byline "By Jane Doe" (rule: byline)"
/// ```
public struct ArticleContext: Hashable, Sendable {
    /// The article's author, as the feed names them.
    public var author: String?
    /// The article's title.
    public var title: String?
    /// When the article was published.
    public var date: ArticleDate?

    /// Creates a context; leave out what is not known.
    public init(author: String? = nil, title: String? = nil, date: ArticleDate? = nil) {
        self.author = author
        self.title = title
        self.date = date
    }
}
