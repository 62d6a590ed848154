import ArticleModel
import Foundation

/// Decodes a picture with libgd (JPEG, PNG, GIF's first frame, WebP, AVIF), turns it upright,
/// shrinks it to fit a box, and writes it as JPEG, PNG or GIF.
///
/// ```swift
/// let small = try ImageConverter.convert(webp, maxWidth: 800)   // → JPEG (or PNG if it has alpha)
/// let book = try ImageConverter.convert(avif, to: .jpeg)
/// ```
///
/// The same input always gives the same bytes. A picture whose header claims more than
/// ``maxPixels`` is refused before it is decoded.
public enum ImageConverter {
    /// The JPEG quality used unless another is asked for.
    public static let defaultQuality = 82
    /// The most pixels decoded (50 megapixels: 200 MB in memory).
    public static let maxPixels = 50_000_000
    /// The colour transparent parts take in a JPEG: white, as on a page.
    static let matte: Int32 = 0x00FF_FFFF

    /// `data` converted: decoded, turned upright (Exif orientation), shrunk to fit within
    /// `maxWidth`×`maxHeight` (aspect ratio kept, never enlarged) and encoded as `format`.
    ///
    /// `format` nil keeps JPEG, PNG and GIF and gives others JPEG, or PNG when they have
    /// transparent pixels. A JPEG made from a transparent picture is laid over white. When the
    /// picture is already in the format, fits, and is upright, its bytes are returned as they are.
    public static func convert(_ data: Data, maxWidth: Int? = nil, maxHeight: Int? = nil, to format: ImageFormat? = nil,
                               quality: Int = defaultQuality) throws(ImageError) -> ConvertedImage {
        let header = try readableHeader(data)
        if let format, ![.jpeg, .png, .gif].contains(format) {
            throw ImageError(.unsupported, "pictures are written as JPEG, PNG or GIF, not \(format.rawValue.uppercased())")
        }
        let size = fitted(width: header.width, height: header.height, maxWidth: maxWidth, maxHeight: maxHeight)
        if format ?? header.format == header.format, [.jpeg, .png, .gif].contains(header.format),
           size == (header.width, header.height), header.orientation == 1 {
            return ConvertedImage(data: data, format: header.format, width: header.width, height: header.height)
        }
        var image = try GDImage.decode(data, format: header.format).upright(header.orientation)
        let target = format ?? defaultFormat(for: header.format, image)
        let fit = fitted(width: image.width, height: image.height, maxWidth: maxWidth, maxHeight: maxHeight)
        if fit != (image.width, image.height) { image = try image.resampled(width: fit.width, height: fit.height) }
        if target == .jpeg { image = try image.flattened(on: matte) }
        return ConvertedImage(data: try image.encoded(as: target, quality: quality), format: target, width: image.width, height: image.height)
    }

    /// The header, if the picture can be decoded at all and safely.
    static func readableHeader(_ data: Data) throws(ImageError) -> ImageHeader {
        guard let header = ImageHeader.read(data) else {
            throw ImageError(.unreadable, "not a picture: the bytes are no JPEG, PNG, GIF, WebP, AVIF or SVG with a usable size",
                             hint: "check that the address gives an image, not a web page")
        }
        if header.format == .svg {
            throw ImageError(.unsupported, "an SVG picture cannot be converted (there is no SVG renderer here)",
                             hint: "use it as SVG, or give a raster version")
        }
        guard header.pixels <= maxPixels else {
            throw ImageError(.tooLarge, "the picture claims \(header.width)×\(header.height) pixels (\(header.pixels / 1_000_000) megapixels), more than the \(maxPixels / 1_000_000) decoded at most; refused as a possible decompression bomb",
                             hint: "give a smaller version of it")
        }
        return header
    }

    /// The size of `width`×`height` shrunk to fit the box, aspect ratio kept, at least 1×1.
    static func fitted(width: Int, height: Int, maxWidth: Int?, maxHeight: Int?) -> (width: Int, height: Int) {
        let scale = min(1, Double(max(1, maxWidth ?? width)) / Double(width), Double(max(1, maxHeight ?? height)) / Double(height))
        guard scale < 1 else { return (width, height) }
        return (max(1, Int((Double(width) * scale).rounded())), max(1, Int((Double(height) * scale).rounded())))
    }

    /// JPEG, PNG and GIF stay as they are; others become PNG when `image` has transparent
    /// pixels, else JPEG.
    private static func defaultFormat(for source: ImageFormat, _ image: GDImage) -> ImageFormat {
        switch source {
        case .jpeg, .png, .gif: source
        case .webp, .avif, .svg: image.hasTransparency ? .png : .jpeg
        }
    }
}
