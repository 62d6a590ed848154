/// How one output refers to a stored picture: the `src` it writes (a file in the book, a
/// `data:` address in the digest) and the size of the picture it holds.
struct PictureReference: Hashable, Sendable {
    /// The `src` attribute's value.
    var src: String
    /// Width in pixels.
    var width: Int
    /// Height in pixels.
    var height: Int
}
