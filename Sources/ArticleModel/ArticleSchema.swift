/// The schema.org type an article page gives itself in its structured data (`article_type` in
/// site.yml): how search engines are told what kind of writing it is.
public enum ArticleSchema: String, CaseIterable, Hashable, Sendable {
    /// News reporting: `NewsArticle`, the default.
    case news = "NewsArticle"
    /// A blog post: `BlogPosting`.
    case blog = "BlogPosting"
    /// Any other article: `Article`.
    case article = "Article"
}
