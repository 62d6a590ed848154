import ArticleModel
import CGD
import Foundation

/// One libgd picture, always true colour, owned by this object: it is destroyed with it.
/// The only place ImageKit holds a `gdImagePtr`.
final class GDImage {
    /// The libgd picture.
    let pointer: gdImagePtr

    private init(_ pointer: gdImagePtr) { self.pointer = pointer }

    deinit { gdImageDestroy(pointer) }

    /// Width in pixels.
    var width: Int { Int(pointer.pointee.sx) }
    /// Height in pixels.
    var height: Int { Int(pointer.pointee.sy) }

    /// A new true-colour picture, filled with `background` (a gd colour, 0xAARRGGBB with gd's
    /// 7-bit alpha, 0 opaque).
    static func blank(width: Int, height: Int, background: Int32) throws(ImageError) -> GDImage {
        guard let pointer = gdImageCreateTrueColor(Int32(width), Int32(height)) else {
            throw ImageError(.failed, "libgd could not allocate a \(width)×\(height) picture")
        }
        let image = GDImage(pointer)
        gdImageAlphaBlending(pointer, 0)
        gdImageFilledRectangle(pointer, 0, 0, Int32(width - 1), Int32(height - 1), background)
        gdImageAlphaBlending(pointer, 1)
        return image
    }

    /// Decodes `data` of `format` (its first frame for GIF) into a true-colour picture.
    static func decode(_ data: Data, format: ImageFormat) throws(ImageError) -> GDImage {
        _ = LibGD.ready
        let decoded: gdImagePtr? = data.withUnsafeBytes { raw in
            let size = Int32(clamping: raw.count)
            let bytes = UnsafeMutableRawPointer(mutating: raw.baseAddress)
            switch format {
            case .jpeg: return gdImageCreateFromJpegPtr(size, bytes)
            case .png: return gdImageCreateFromPngPtr(size, bytes)
            case .gif: return gdImageCreateFromGifPtr(size, bytes)
            case .webp: return gdImageCreateFromWebpPtr(size, bytes)
            case .avif: return gdImageCreateFromAvifPtr(size, bytes)
            case .svg: return nil
            }
        }
        guard let decoded else {
            throw ImageError(.unreadable, "libgd could not decode this \(format.rawValue.uppercased()) picture (damaged or cut short?)",
                             hint: "fetch it again, or replace the file")
        }
        let image = GDImage(decoded)
        guard decoded.pointee.trueColor != 0 || gdImagePaletteToTrueColor(decoded) != 0 else {
            throw ImageError(.failed, "libgd could not turn a palette picture into true colour")
        }
        return image
    }

    /// The pixel at (x, y), as gd stores it: alpha (7 bits, 0 opaque) then red, green, blue.
    func pixel(x: Int, y: Int) -> Int32 { pointer.pointee.tpixels[y]![x] }

    /// Whether any pixel is not fully opaque.
    var hasTransparency: Bool {
        for y in 0..<height {
            let row = pointer.pointee.tpixels[y]!
            for x in 0..<width where row[x] >> 24 & 0x7F != 0 { return true }
        }
        return false
    }

    /// A copy resampled to `width`×`height` (libgd's area-averaging resampler, which keeps
    /// detail when shrinking), alpha kept.
    func resampled(width newWidth: Int, height newHeight: Int) throws(ImageError) -> GDImage {
        let copy = try GDImage.blank(width: newWidth, height: newHeight, background: 0x7F00_0000)
        gdImageAlphaBlending(copy.pointer, 0)
        gdImageCopyResampled(copy.pointer, pointer, 0, 0, 0, 0, Int32(newWidth), Int32(newHeight), Int32(width), Int32(height))
        return copy
    }

    /// A copy laid over an opaque `background`, for formats without alpha.
    func flattened(on background: Int32) throws(ImageError) -> GDImage {
        let copy = try GDImage.blank(width: width, height: height, background: background)
        gdImageCopy(copy.pointer, pointer, 0, 0, 0, 0, Int32(width), Int32(height))
        return copy
    }

    /// The picture encoded as `format`: JPEG at `quality` (1 to 100, baseline), PNG with
    /// its alpha at the highest compression, or GIF (libgd reduces it to 256 colours).
    func encoded(as format: ImageFormat, quality: Int) throws(ImageError) -> Data {
        var size: Int32 = 0
        let bytes: UnsafeMutableRawPointer?
        switch format {
        case .jpeg:
            gdImageInterlace(pointer, 0)
            bytes = gdImageJpegPtr(pointer, &size, Int32(min(100, max(1, quality))))
        case .png:
            gdImageSaveAlpha(pointer, 1)
            bytes = gdImagePngPtrEx(pointer, &size, 9)
        case .gif:
            bytes = gdImageGifPtr(pointer, &size)
        case .webp, .avif, .svg:
            throw ImageError(.unsupported, "pictures are written as JPEG, PNG or GIF, not \(format.rawValue.uppercased())")
        }
        guard let bytes, size > 0 else {
            if let bytes { gdFree(bytes) }
            throw ImageError(.failed, "libgd could not encode a \(width)×\(height) \(format.rawValue.uppercased())")
        }
        defer { gdFree(bytes) }
        return Data(bytes: bytes, count: Int(size))
    }
}
