import ArticleModel
import Foundation

/// A generated book cover, as a JPEG: the title large on a calm dark background, the
/// subtitle (the date range) under a short rule, and, when a picture is given, that picture
/// filling the upper half.
///
/// ```swift
/// let jpeg = try CoverArt.render(title: "The Harbour Gazette", subtitle: "August – November 2026", image: lead)
/// ```
///
/// The title is wrapped over as many lines as it needs and shrunk until it fits; a title
/// too long even at the smallest size ends with "…" on its last line. Text is drawn with
/// DejaVu fonts found through fontconfig (for Chinese, Japanese or Korean text, a font of that
/// language when one is installed). The same input always gives the same bytes.
public enum CoverArt {
    /// The background: a deep blue-grey.
    static let background: Int32 = 0x1F2B44
    /// The title's colour: a warm white.
    static let ink: Int32 = 0xF6F1E7
    /// The subtitle's and the rule's colour: a muted gold.
    static let accent: Int32 = 0xD9B36C
    /// The longest title or subtitle drawn, in characters.
    static let maxCharacters = 300

    /// The cover of a book titled `title`, with `subtitle` under it and `image` (any format
    /// ``ImageConverter`` reads) across its upper half, `width`×`height` pixels, as JPEG.
    /// A picture that cannot be read is an error, so the caller can say so and try without it.
    public static func render(title: String, subtitle: String, image: Data?, width: Int = 1600, height: Int = 2400) throws(ImageError) -> Data {
        guard (200...4000).contains(width), (200...6000).contains(height) else {
            throw ImageError(.unsupported, "a cover of \(width)×\(height) pixels: sizes from 200×200 to 4000×6000 are drawn")
        }
        let canvas = try GDImage.blank(width: width, height: height, background: background)
        var textTop = 0
        if let image {
            textTop = height / 2
            try picture(image).drawCovering(canvas, x: 0, y: 0, width: width, height: textTop)
            canvas.fill(x: 0, y: textTop, width: width, height: max(2, height / 300), color: accent)
        }
        try CoverLayout(width: width, top: textTop, bottom: height, hasPicture: image != nil)
            .draw(title: plain(title), subtitle: plain(subtitle), on: canvas)
        return try canvas.encoded(as: .jpeg, quality: 88)
    }

    /// The cover picture, decoded and upright; bombs and SVG refused as the converter does.
    private static func picture(_ data: Data) throws(ImageError) -> GDImage {
        do throws(ImageError) {
            let header = try ImageConverter.readableHeader(data)
            return try GDImage.decode(data, format: header.format).upright(header.orientation)
        } catch {
            throw ImageError(error.kind, "the cover picture: " + error.message, hint: error.hint)
        }
    }

    /// `text` on one line: runs of white space and control characters as one space, at most
    /// ``maxCharacters`` characters (cut after a whole word when there is one).
    static func plain(_ text: String) -> String {
        let words = text.split { $0.isWhitespace || $0.unicodeScalars.allSatisfy { $0.properties.generalCategory == .control } }
        let line = words.joined(separator: " ")
        guard line.count > maxCharacters else { return line }
        let cut = line.prefix(maxCharacters)
        return String(cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut.dropLast()) + "…"
    }
}
