import ArticleModel
import Foundation

/// The EPUB and the digest together, from one plan: every article body is rewritten for
/// offline reading once, not once per format.
///
/// ```swift
/// let (epub, digest) = try BookBundle.make(articles, config: config, epubStylesheet: a,
///                                          digestStylesheet: b, modified: newest)
/// ```
public enum BookBundle {
    /// The bytes of `book.epub` and the text of `digest.html`; see ``EPUBBuilder`` and ``DigestBuilder``.
    public static func make(_ articles: [RenderedArticle], config: SiteConfig, epubStylesheet: String,
                            digestStylesheet: String, modified: ArticleDate) throws -> (epub: Data, digest: String) {
        let plan = BookPlan(articles, config: config)
        let epub = try EPUBBuilder.epub(plan, config: config, stylesheet: epubStylesheet, modified: modified)
        return (epub, DigestBuilder.html(plan, config: config, stylesheet: digestStylesheet))
    }
}
