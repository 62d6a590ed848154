/// Why a download is not kept as a picture (`not an image: …`, `SVG refused: …`).
struct PictureRefusal: Error, Hashable, Sendable, CustomStringConvertible {
    /// The reason, in plain words.
    let description: String

    /// A refusal for `reason`.
    init(_ reason: String) { description = reason }
}
