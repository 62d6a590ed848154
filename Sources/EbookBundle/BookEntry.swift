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
    /// The body, rewritten by ``BodyRewriter`` (stored pictures as `<img src="STORE-FILE">`,
    /// other images as text, safe links, prefixed ids), headed by the stored lead image when
    /// the body does not show it (``PictureMarkup/leadImage(_:alt:)``).
    var body: [MarkupNode]
    /// Minutes to read, at least 1.
    var readingMinutes: Int
    /// The article's stored pictures, by store file name.
    var pictures: [String: MediaFile] = [:]
    /// The store file names of the pictures the body shows, in order, once per place shown.
    var pictureUses: [String] = []
    /// The article's lead image, when it is in the media store.
    var leadPicture: MediaFile?
}
