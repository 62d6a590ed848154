/// The pictures the book and the digest may hold, prepared by the pipeline from the media
/// store: by the store file name (``ArticleModel/MediaFile/file``) that an article's
/// ``ArticleModel/RenderedArticle/images`` gives. A stored picture missing from a map is
/// shown in that output as today's text: its alt text and a link to the original.
///
/// ```swift
/// let media = BookMedia(book: ["3f9a.jpg": picture], digest: ["3f9a.jpg": smaller], cover: cover)
/// ```
public struct BookMedia: Hashable, Sendable {
    /// Pictures for `book.epub`, in a format every EPUB reader shows (JPEG, PNG, GIF, SVG).
    public var book: [String: BookPicture]
    /// Pictures for `digest.html`, downscaled to the digest's width and within its budget.
    public var digest: [String: BookPicture]
    /// The book's cover image (a JPEG), or nil for a text cover only.
    public var cover: BookPicture?

    /// No pictures: every image is its alt text and a link, and the cover is text.
    public static let none = BookMedia()

    /// Creates the pictures for a book.
    public init(book: [String: BookPicture] = [:], digest: [String: BookPicture] = [:], cover: BookPicture? = nil) {
        self.book = book
        self.digest = digest
        self.cover = cover
    }
}
