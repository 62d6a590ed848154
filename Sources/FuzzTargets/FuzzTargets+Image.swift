import ArticleModel
import Foundation
import ImageKit

extension FuzzTargets {
    /// The most pixels a header may claim for the input to be converted too: larger ones
    /// are read but not decoded, so each run stays quick.
    static let imageConvertPixels = 1_000_000

    /// `ImageHeader.read` and `ImageConverter.convert` on arbitrary bytes. Properties: no
    /// crash and no hang; a header has a size of 1 to 65,535 each way and at most 100
    /// megapixels, and the same bytes give the same header; a conversion (to fit 64×64) that
    /// succeeds gives a file whose own header has the format and size it claims, within the box.
    public static func image(_ data: Data) {
        let header = ImageHeader.read(data)
        guard let header else { return }
        let input = data.prefix(96).map { String($0, radix: 16) }.joined(separator: " ")
        require(header.width >= 1 && header.height >= 1 && header.width <= ImageHeader.maxSide && header.height <= ImageHeader.maxSide
                && header.pixels <= ImageHeader.maxPixels, "header size \(header.width)×\(header.height) was accepted", input: input)
        require(ImageHeader.read(data) == header, "a second read gave another header", input: input)
        guard header.pixels <= imageConvertPixels, header.format != .svg else { return }
        guard let converted = try? ImageConverter.convert(data, maxWidth: 64, maxHeight: 64) else { return }
        let back = ImageHeader.read(converted.data)
        require(back?.format == converted.format && back?.width == converted.width && back?.height == converted.height,
                "converted to \(converted.format) \(converted.width)×\(converted.height), its header says \(String(describing: back))", input: input)
        require(converted.width <= 64 && converted.height <= 64, "converted to \(converted.width)×\(converted.height), outside 64×64", input: input)
    }
}
