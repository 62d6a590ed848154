import ArticleModel
import Foundation

/// A picture as ``ImageConverter`` wrote it: the file's bytes, its format and its size.
public struct ConvertedImage: Hashable, Sendable {
    /// The encoded file.
    public var data: Data
    /// Its format.
    public var format: ImageFormat
    /// Width in pixels.
    public var width: Int
    /// Height in pixels.
    public var height: Int

    /// Creates a converted picture.
    public init(data: Data, format: ImageFormat, width: Int, height: Int) {
        self.data = data
        self.format = format
        self.width = width
        self.height = height
    }
}
