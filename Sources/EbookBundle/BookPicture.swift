import ArticleModel
import Foundation

/// One picture as an output holds it: bytes in a format the output can show, with the size
/// they have. The pipeline prepares it from the media store (converting or downscaling);
/// the book only packages it.
public struct BookPicture: Hashable, Sendable {
    /// The file name inside the book, such as `3f9ac2….jpg`: letters, digits, `-` and `_`,
    /// one `.` and the extension of `format` (see ``ArticleModel/MediaFile/isStoreName(_:)``).
    public var fileName: String
    /// The format of `data`.
    public var format: ImageFormat
    /// The encoded picture.
    public var data: Data
    /// Width in pixels.
    public var width: Int
    /// Height in pixels.
    public var height: Int

    /// Creates a picture.
    public init(fileName: String, format: ImageFormat, data: Data, width: Int, height: Int) {
        self.fileName = fileName
        self.format = format
        self.data = data
        self.width = width
        self.height = height
    }
}
