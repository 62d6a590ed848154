import ArticleModel
import Foundation

/// What a picture's first bytes say it is: its format and its size in pixels, read without
/// decoding the picture, in pure Swift.
///
/// ```swift
/// if let header = ImageHeader.read(bytes) {
///     print(header.format, header.width, header.height)   // jpeg 1200 800
/// }
/// ```
///
/// The width and height are the size the picture is shown at: a JPEG whose Exif orientation
/// turns it a quarter (5 to 8) and an AVIF with a quarter-turn `irot` have them swapped.
/// Bytes that are not one of the ``ImageFormat``s (an HTML page named `.jpg`), a header cut
/// short, or a size of zero or beyond ``maxSide`` or ``maxPixels`` give nil. Every read is
/// bounds-checked and each step moves forward, so hostile bytes never crash and never loop.
public struct ImageHeader: Hashable, Sendable {
    /// The format, from the bytes.
    public var format: ImageFormat
    /// Width in pixels, as shown.
    public var width: Int
    /// Height in pixels, as shown.
    public var height: Int
    /// The Exif orientation of a JPEG (1 to 8; 1, upright, for every other format): how the
    /// stored pixels are to be turned and mirrored before they are shown.
    public var orientation: Int

    /// The largest width or height accepted.
    public static let maxSide = 65_535
    /// The most pixels accepted (100 megapixels).
    public static let maxPixels = 100_000_000
    /// The size a browser gives an SVG that states neither a size nor a `viewBox`.
    public static let defaultSVGSize = (width: 300, height: 150)

    /// Creates a header.
    public init(format: ImageFormat, width: Int, height: Int, orientation: Int = 1) {
        self.format = format
        self.width = width
        self.height = height
        self.orientation = orientation
    }

    /// The width times the height.
    public var pixels: Int { width * height }

    /// Whether the stored pixels are turned a quarter, so the stored width is ``height``.
    public var isQuarterTurned: Bool { orientation >= 5 && orientation <= 8 }

    /// The header of `data`, or nil when it is no picture of a known format or its size is
    /// unusable.
    public static func read(_ data: Data) -> ImageHeader? {
        let header = data.withUnsafeBytes { raw in parse(ByteView(bytes: raw)) }
        guard let header, header.width > 0, header.height > 0,
              header.width <= maxSide, header.height <= maxSide, header.pixels <= maxPixels else { return nil }
        return header
    }

    private static func parse(_ view: ByteView) -> ImageHeader? {
        if view.u8(0) == 0xFF, view.u8(1) == 0xD8 { return readJPEG(view) }
        if view.u32be(0) == 0x8950_4E47, view.u32be(4) == 0x0D0A_1A0A { return readPNG(view) }
        if view.matches(0, "GIF87a") || view.matches(0, "GIF89a") { return readGIF(view) }
        if view.matches(0, "RIFF"), view.matches(8, "WEBP") { return readWebP(view) }
        if view.matches(4, "ftyp") { return readAVIF(view) }
        return readSVG(view)
    }
}
