import ArticleModel
import Foundation
@testable import ImageKit
import Testing

/// ImageConverter on the fixtures: formats in and out, sizes after a downscale (checked by
/// reading the result's header), orientation, transparency, determinism and refusals.
@Suite struct ImageConverterTests {
    /// Converts a fixture and checks that the result's own header says what the result claims.
    static func convert(_ file: String, maxWidth: Int? = nil, maxHeight: Int? = nil, to format: ImageFormat? = nil) throws -> ConvertedImage {
        let converted = try ImageConverter.convert(try ImageFixture.data(file), maxWidth: maxWidth, maxHeight: maxHeight, to: format)
        let header = ImageHeader.read(converted.data)
        #expect(header?.format == converted.format && header?.width == converted.width && header?.height == converted.height, "\(file)")
        return converted
    }

    @Test(arguments: [
        // file, maxWidth, maxHeight, asked format, expected format, width, height
        ("webp-lossy.webp", 60, nil, nil, ImageFormat.jpeg, 60, 45),
        ("webp-lossy.webp", nil, 30, ImageFormat.png, .png, 40, 30),
        ("webp-lossless.webp", nil, nil, nil, .jpeg, 60, 45),
        ("webp-alpha.webp", 1000, 25, nil, .png, 35, 25),
        ("avif-rgb.avif", 48, 48, nil, .jpeg, 48, 32),
        ("avif-alpha.avif", nil, nil, nil, .png, 40, 40),
        ("gif-animated.gif", 15, nil, ImageFormat.png, .png, 15, 10),
        ("gif-89a.gif", 11, nil, nil, .gif, 11, 6),
        ("png-palette.png", 18, nil, ImageFormat.jpeg, .jpeg, 18, 12),
        ("jpeg-progressive.jpg", 40, nil, nil, .jpeg, 40, 30),
        ("jpeg-grey.jpg", nil, nil, ImageFormat.png, .png, 40, 30),
        ("jpeg-exif-6.jpg", nil, 32, nil, .jpeg, 20, 32),
    ] as [(String, Int?, Int?, ImageFormat?, ImageFormat, Int, Int)])
    func convertsToTheFormatAndFittedSize(file: String, maxWidth: Int?, maxHeight: Int?, asked: ImageFormat?,
                                          format: ImageFormat, width: Int, height: Int) throws {
        let converted = try Self.convert(file, maxWidth: maxWidth, maxHeight: maxHeight, to: asked)
        #expect(converted.format == format)
        #expect(converted.width == width && converted.height == height)
    }

    @Test func aPictureThatNeedsNothingIsReturnedAsItIs() throws {
        for file in ["jpeg-baseline.jpg", "png-rgb.png", "gif-animated.gif"] {
            let data = try ImageFixture.data(file)
            #expect(try ImageConverter.convert(data, maxWidth: 4000).data == data, "\(file): never enlarged, not re-encoded")
        }
    }

    @Test func theSameInputGivesTheSameBytes() throws {
        for file in ["webp-lossy.webp", "avif-alpha.avif", "jpeg-exif-6.jpg", "gif-animated.gif"] {
            let first = try Self.convert(file, maxWidth: 25, to: nil)
            let second = try Self.convert(file, maxWidth: 25, to: nil)
            #expect(first.data == second.data, "\(file)")
        }
    }

    @Test func exifOrientationSixIsTurnedUpright() throws {
        // The drawing has sky at its top and a green hill at its bottom centre; orientation 6
        // shows the stored top on the right, so upright the sky is on the right.
        let converted = try Self.convert("jpeg-exif-6.jpg", to: .png)
        #expect(converted.width == 40 && converted.height == 64)
        let image = try GDImage.decode(converted.data, format: .png)
        let left = image.pixel(x: 1, y: 32), right = image.pixel(x: 38, y: 32)
        #expect(left >> 8 & 0xFF > left & 0xFF, "left edge is the hill: more green than blue")
        #expect(right & 0xFF > right >> 8 & 0xFF, "right edge is the sky: more blue than green")
    }

    @Test func transparencyIsKeptInPNGAndLaidOnWhiteInJPEG() throws {
        let png = try GDImage.decode(try Self.convert("png-alpha.png", maxWidth: 20, to: .png).data, format: .png)
        #expect(png.pixel(x: 10, y: 1) >> 24 == 0x7F, "the clear band stays clear")
        #expect(png.pixel(x: 10, y: 15) >> 24 == 0, "the picture stays opaque")
        let jpeg = try GDImage.decode(try Self.convert("png-alpha.png", to: .jpeg).data, format: .jpeg)
        #expect(jpeg.pixel(x: 20, y: 2) & 0xFF_FFFF > 0xF0_F0F0, "the clear band is white")
    }

    @Test func aDecompressionBombIsRefusedBeforeDecoding() throws {
        let bomb = try ImageFixture.data("bomb.png")
        #expect(bomb.count < 10_000)
        let error = #expect(throws: ImageError.self) { try ImageConverter.convert(bomb, maxWidth: 100) }
        #expect(error?.kind == .tooLarge)
        #expect(error?.message.contains("8000×8000") == true && error?.message.contains("decompression bomb") == true)
    }

    @Test func whatCannotBeConvertedIsAnErrorThatSaysWhy() throws {
        let cases: [(String, Data, ImageFormat?, ImageError.Kind)] = [
            ("an HTML page", try ImageFixture.data("html-page.jpg"), nil, .unreadable),
            ("an SVG", try ImageFixture.data("svg-size.svg"), nil, .unsupported),
            ("WebP asked for", try ImageFixture.data("png-rgb.png"), .webp, .unsupported),
            ("a PNG cut after its header", try ImageFixture.data("png-rgb.png").prefix(60), nil, .unreadable),
            ("a WebP cut after its header", try ImageFixture.data("webp-lossy.webp").prefix(40), .png, .unreadable),
        ]
        for (name, data, format, kind) in cases {
            let error = #expect(throws: ImageError.self, "\(name)") { try ImageConverter.convert(data, maxWidth: 10, to: format) }
            #expect(error?.kind == kind, "\(name): \(String(describing: error))")
            #expect(error?.message.isEmpty == false)
        }
    }

    @Test func everyFixtureIsConvertedOrRefusedNeverACrash() throws {
        var converted = 0
        for file in try ImageFixture.files() {
            do {
                _ = try Self.convert(file, maxWidth: 16, to: .jpeg)
                converted += 1
            } catch let error as ImageError {
                #expect(!error.message.isEmpty, "\(file)")
            }
        }
        #expect(converted == 16, "every raster fixture with a usable header converts")
    }

    @Test func fittingKeepsTheAspectRatioAndNeverEnlarges() {
        #expect(ImageConverter.fitted(width: 1000, height: 10, maxWidth: 100, maxHeight: nil) == (100, 1))
        #expect(ImageConverter.fitted(width: 1000, height: 1, maxWidth: 100, maxHeight: nil) == (100, 1), "never 0 high")
        #expect(ImageConverter.fitted(width: 300, height: 200, maxWidth: 600, maxHeight: 600) == (300, 200))
        #expect(ImageConverter.fitted(width: 300, height: 200, maxWidth: 150, maxHeight: 50) == (75, 50))
        #expect(ImageConverter.fitted(width: 300, height: 200, maxWidth: 0, maxHeight: nil) == (1, 1))
    }
}
