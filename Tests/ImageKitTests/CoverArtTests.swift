import ArticleModel
import Foundation
@testable import ImageKit
import Testing

/// CoverArt: covers with and without a picture read back as JPEGs of the asked size, the
/// same bytes each time, text that never reaches the margins, and its refusals.
@Suite struct CoverArtTests {
    static let subtitle = "August – November 2026"

    @Test func aCoverWithoutAPictureIsAJPEGOfTheAskedSize() throws {
        let jpeg = try CoverArt.render(title: "The Harbour Gazette", subtitle: Self.subtitle, image: nil)
        let header = try #require(ImageHeader.read(jpeg))
        #expect(header.format == .jpeg && header.width == 1600 && header.height == 2400)
        let image = try GDImage.decode(jpeg, format: .jpeg)
        #expect(Self.isBackground(image.pixel(x: 800, y: 100)), "the top is plain background")
        #expect(Self.inkRows(image).isEmpty == false, "there is text")
    }

    @Test func aCoverWithAPictureFillsItsUpperHalf() throws {
        let picture = try ImageFixture.data("webp-lossy.webp")
        let jpeg = try CoverArt.render(title: "Night ferries", subtitle: Self.subtitle, image: picture, width: 400, height: 600)
        let header = try #require(ImageHeader.read(jpeg))
        #expect(header.format == .jpeg && header.width == 400 && header.height == 600)
        let image = try GDImage.decode(jpeg, format: .jpeg)
        // The 4:3 drawing is scaled to cover 400×300 and cropped at the sides: sky at the top.
        let sky = image.pixel(x: 200, y: 5)
        #expect(sky & 0xFF > 200 && !Self.isBackground(sky), "sky blue across the top edge")
        #expect(!Self.isBackground(image.pixel(x: 1, y: 290)), "the picture reaches the side edge")
        #expect(Self.isBackground(image.pixel(x: 10, y: 590)), "the lower half is background")
    }

    @Test func theSameInputGivesTheSameBytes() throws {
        let picture = try ImageFixture.data("jpeg-exif-6.jpg")
        let first = try CoverArt.render(title: "Café au lait", subtitle: Self.subtitle, image: picture, width: 300, height: 450)
        let second = try CoverArt.render(title: "Café au lait", subtitle: Self.subtitle, image: picture, width: 300, height: 450)
        #expect(first == second)
        #expect(first != (try CoverArt.render(title: "Café au lait", subtitle: Self.subtitle, image: nil, width: 300, height: 450)))
    }

    @Test(arguments: [
        "A",
        "Night ferries return to the harbour after a long, quiet winter of repairs",
        "Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaft",
        String(repeating: "Extraordinarily long headlines about municipal budgets ", count: 12),
        "Ærø, Çanakkale, Dvořák, Şişli & Łódź",
    ])
    func theTitleNeverReachesTheMargins(title: String) throws {
        let jpeg = try CoverArt.render(title: title, subtitle: Self.subtitle, image: nil, width: 400, height: 600)
        let image = try GDImage.decode(jpeg, format: .jpeg)
        let margin = 400 * 9 / 100 - 2
        for y in stride(from: 0, to: 600, by: 2) {
            for x in [0, margin / 2, margin, 399 - margin, 399 - margin / 2, 399] {
                #expect(Self.isBackground(image.pixel(x: x, y: y)), "ink at (\(x), \(y))")
            }
        }
        let rows = Self.inkRows(image)
        #expect(!rows.isEmpty && rows.first! >= 600 / 10 - 4 && rows.last! < 600 - 600 * 18 / 100 + 4, "text within its space: \(rows.first ?? -1)…\(rows.last ?? -1)")
    }

    @Test func textIsMadeOneLineAndShort() {
        #expect(CoverArt.plain("  Two\n\tlines\u{7}  here ") == "Two lines here")
        #expect(CoverArt.plain(String(repeating: "a", count: 400)).count == CoverArt.maxCharacters)
        #expect(CoverArt.plain(String(repeating: "word ", count: 100)) == String(repeating: "word ", count: 59) + "word…", "60 whole words, 300 characters")
        #expect(CoverText.escaped("AT&T &#65;") == "AT&#38;T &#38;#65;", "gd would read &#65; as A")
    }

    @Test func chineseJapaneseAndKoreanAskFontconfigForAFontOfTheirLanguage() {
        #expect(CoverLayout.font("DejaVu Serif:bold", "serif:bold", for: "Harbour") == "DejaVu Serif:bold")
        #expect(CoverLayout.font("DejaVu Serif:bold", "serif:bold", for: "東京の港") == "serif:bold:lang=ja")
        #expect(CoverLayout.font("DejaVu Serif:bold", "serif:bold", for: "北京新闻") == "serif:bold:lang=zh")
        #expect(CoverLayout.font("DejaVu Sans", "sans-serif", for: "서울 뉴스") == "sans-serif:lang=ko")
    }

    @Test func aBadPictureOrSizeIsAnErrorThatSaysSo() throws {
        let html = try ImageFixture.data("html-page.jpg")
        let error = #expect(throws: ImageError.self) { try CoverArt.render(title: "T", subtitle: "S", image: html, width: 300, height: 450) }
        #expect(error?.kind == .unreadable && error?.message.hasPrefix("the cover picture: ") == true)
        let bomb = try ImageFixture.data("bomb.png")
        #expect(throws: ImageError.self) { try CoverArt.render(title: "T", subtitle: "S", image: bomb, width: 300, height: 450) }
        let tiny = #expect(throws: ImageError.self) { try CoverArt.render(title: "T", subtitle: "S", image: nil, width: 10, height: 10) }
        #expect(tiny?.kind == .unsupported)
    }

    /// Whether a pixel is (within JPEG's error) the cover's background.
    static func isBackground(_ pixel: Int32) -> Bool {
        let background = CoverArt.background
        return [16, 8, 0].allSatisfy { shift in abs(Int(pixel >> shift & 0xFF) - Int(background >> shift & 0xFF)) <= 12 }
    }

    /// The rows holding a pixel brighter than the background by far: the text's ink.
    static func inkRows(_ image: GDImage) -> [Int] {
        (0..<image.height).filter { y in
            stride(from: 0, to: image.width, by: 1).contains { x in image.pixel(x: x, y: y) & 0xFF > 0xA0 }
        }
    }
}
