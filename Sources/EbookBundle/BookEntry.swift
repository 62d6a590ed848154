import ArticleModel
import MarkupTree

/// One article as the book holds it: its place (chapter file, anchor) and its body rewritten
/// for offline reading.
struct BookEntry: Sendable {
    /// The article's metadata.
    var article: Article
    /// The headline to show: the title, or `Untitled` (in the book's language) when it has
    /// nothing XML can hold.
    var headline: String
    /// `article-2024-slug`: unique in the book; the digest's anchor and the prefix of body ids.
    var anchor: String
    /// `chapter-001.xhtml`: the EPUB file, numbered in reading order.
    var fileName: String
    /// The article's HTML as rendered for the site, which ``body`` rewrites.
    var html: String
    /// How ``body`` rewrites it.
    var rewriter: BodyRewriter
    /// The body, rewritten by ``BodyRewriter`` (stored pictures as `<img src="STORE-FILE">`,
    /// other images as text, safe links, prefixed ids), headed by the stored lead image when
    /// the body does not show it (``PictureMarkup/leadImage(_:alt:)``). Made anew each time
    /// it is asked for (once per output) rather than held: the trees of 10,000 bodies would
    /// take some 260 MB for the whole book step.
    var body: [MarkupNode] {
        Self.body(html, rewriter: rewriter, lead: leadPicture, title: article.title)
    }
    /// Minutes to read, at least 1.
    var readingMinutes: Int
    /// The article's stored pictures, by store file name.
    var pictures: [String: MediaFile] = [:]
    /// The store file names of the pictures the body shows, in order, once per place shown.
    var pictureUses: [String] = []
    /// The article's lead image, when it is in the media store.
    var leadPicture: MediaFile?

    /// `html` rewritten by `rewriter`, headed by `lead` (with `title` as its alt text) when it
    /// does not show it.
    static func body(_ html: String, rewriter: BodyRewriter, lead: MediaFile?, title: String) -> [MarkupNode] {
        var body = rewriter.rewrite(MarkupParser.html(html).children)
        if let lead, !PictureMarkup.storeNames(in: body).contains(lead.file) {
            body.insert(contentsOf: [PictureMarkup.leadImage(lead, alt: title.removingNonXMLCharacters), .text("\n")], at: 0)
        }
        return body
    }
}
