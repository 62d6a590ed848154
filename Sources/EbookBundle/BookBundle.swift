import ArticleModel
import Foundation

/// The EPUB and the digest together, from one plan: every article body is rewritten for
/// offline reading once, not once per format.
///
/// ```swift
/// let plan = BookPlan(articles, config: config)
/// let (epub, digest) = try BookBundle.make(plan, config: config, media: media, epubStylesheet: a,
///                                          digestStylesheet: b, modified: newest)
/// ```
public enum BookBundle {
    /// The bytes of `book.epub` and the text of `digest.html`; see ``EPUBBuilder`` and ``DigestBuilder``.
    public static func make(_ articles: [RenderedArticle], config: SiteConfig, epubStylesheet: String,
                            digestStylesheet: String, modified: ArticleDate) throws -> (epub: Data, digest: String) {
        try make(BookPlan(articles, config: config), config: config, media: .none, epubStylesheet: epubStylesheet,
                 digestStylesheet: digestStylesheet, modified: modified)
    }

    /// The bytes of `book.epub` of a planned book, with the pictures of `media` (prepared for
    /// the plan's ``BookPlan/pictureUses`` and ``BookPlan/coverPicture``); see ``EPUBBuilder``.
    public static func epub(_ plan: BookPlan, config: SiteConfig, media: BookMedia, stylesheet: String,
                            modified: ArticleDate) throws -> Data {
        try EPUBBuilder.epub(plan, config: config, stylesheet: stylesheet, modified: modified, media: media)
    }

    /// The bytes of `digest.html` of a planned book (UTF-8), with the pictures of `media`; see
    /// ``DigestBuilder``. Made apart from the EPUB, so that one can be written and let go
    /// before the other is made.
    public static func digest(_ plan: BookPlan, config: SiteConfig, media: BookMedia, stylesheet: String) -> Data {
        DigestBuilder.data(plan, config: config, stylesheet: stylesheet, media: media)
    }

    /// Both outputs of a planned book, with the pictures of `media` (prepared for the plan's
    /// ``BookPlan/pictureUses`` and ``BookPlan/coverPicture``).
    public static func make(_ plan: BookPlan, config: SiteConfig, media: BookMedia, epubStylesheet: String,
                            digestStylesheet: String, modified: ArticleDate) throws -> (epub: Data, digest: String) {
        let epub = try EPUBBuilder.epub(plan, config: config, stylesheet: epubStylesheet, modified: modified, media: media)
        return (epub, DigestBuilder.html(plan, config: config, stylesheet: digestStylesheet, media: media))
    }
}
