import ArticleModel
import Foundation
import ImageKit
import Testing

/// ImageHeader over the fixture table, cut and damaged copies of every fixture, and inputs
/// built to make a careless parser loop or read past the end.
@Suite struct ImageHeaderTests {
    @Test func everyFixtureGivesTheHeaderInTheTable() throws {
        let rows = try ImageFixture.rows()
        #expect(rows.count > 30)
        for row in rows {
            let header = ImageHeader.read(try ImageFixture.data(row.file))
            if let expected = row.expected {
                #expect(header?.format == expected.format, "\(row.file)")
                #expect(header?.width == expected.width, "\(row.file)")
                #expect(header?.height == expected.height, "\(row.file)")
            } else {
                #expect(header == nil, "\(row.file) should be refused, read as \(String(describing: header))")
            }
        }
    }

    @Test func everyFixtureFileIsInTheTable() throws {
        let listed = Set(try ImageFixture.rows().map(\.file))
        #expect(Set(try ImageFixture.files()) == listed)
    }

    @Test func exifOrientationIsKeptAndQuarterTurnsSwapTheSize() throws {
        let turned = try #require(ImageHeader.read(try ImageFixture.data("jpeg-exif-6.jpg")))
        #expect(turned.orientation == 6)
        #expect(turned.isQuarterTurned)
        let upsideDown = try #require(ImageHeader.read(try ImageFixture.data("jpeg-exif-3.jpg")))
        #expect(upsideDown.orientation == 3)
        #expect(!upsideDown.isQuarterTurned)
        #expect(ImageHeader.read(try ImageFixture.data("jpeg-baseline.jpg"))?.orientation == 1)
    }

    @Test func everyPrefixOfEveryFixtureIsReadOrRefusedNeverMisread() throws {
        for file in try ImageFixture.files() {
            let data = try ImageFixture.data(file)
            for length in stride(from: 0, to: data.count, by: max(1, data.count / 200)) {
                guard let header = ImageHeader.read(data.prefix(length)) else { continue }
                #expect(header.width > 0 && header.height > 0, "\(file) cut at \(length)")
                #expect(header.format == ImageHeader.read(data)?.format, "\(file) cut at \(length)")
            }
        }
    }

    @Test func flippedBytesNeverCrashOrGiveAnEmptySize() throws {
        for file in try ImageFixture.files() {
            let original = try ImageFixture.data(file)
            for position in 0..<min(original.count, 64) {
                for value: UInt8 in [0x00, 0x7F, 0xFF] {
                    var data = original
                    data[position] = value
                    if let header = ImageHeader.read(data) {
                        #expect(header.width > 0 && header.height > 0 && header.pixels <= ImageHeader.maxPixels, "\(file) byte \(position)")
                    }
                }
            }
        }
    }

    @Test func aSliceOfLargerDataIsReadFromItsOwnStart() throws {
        let png = try ImageFixture.data("png-rgb.png")
        let padded = Data("junk".utf8) + png
        #expect(ImageHeader.read(padded.dropFirst(4))?.width == 50)
    }

    @Test func sizesBeyondTheLimitsAreRefused() {
        #expect(ImageHeader.read(Self.png(width: 65_536, height: 10)) == nil)
        #expect(ImageHeader.read(Self.png(width: 20_000, height: 20_000)) == nil, "400 megapixels")
        #expect(ImageHeader.read(Self.png(width: 10_000, height: 10_000))?.pixels == 100_000_000)
        #expect(ImageHeader.read(Self.png(width: 0, height: 10)) == nil)
        #expect(ImageHeader.read(Data("<svg width='70000' height='1'/>".utf8)) == nil)
        #expect(ImageHeader.read(Data("<svg width='1e300' height='1'/>".utf8)) == nil)
        #expect(ImageHeader.read(Data("<svg width='-5' height='10' viewBox='0 0 4 2'/>".utf8))?.width == 20,
                "a negative width counts as missing: the viewBox's ratio gives it")
    }

    @Test func svgRootsAreFoundOnlyAfterAProlog() {
        #expect(ImageHeader.read(Data("  \n<svg/>".utf8))?.width == 300)
        #expect(ImageHeader.read(Data("<?xml version='1.0'?><!--a--><?pi x?><svg height='7'>".utf8))?.height == 7)
        #expect(ImageHeader.read(Data("<!DOCTYPE svg [ <!ENTITY x '>'> ]><svg width='5' height='6'/>".utf8))?.width == 5)
        #expect(ImageHeader.read(Data("text <svg/>".utf8)) == nil)
        #expect(ImageHeader.read(Data("<SVG/>".utf8)) == nil, "XML names are case-sensitive")
        #expect(ImageHeader.read(Data("<svg width='5".utf8))?.width == 300, "a cut attribute is not read")
        #expect(ImageHeader.read(Data("<?xml version='1.0'".utf8)) == nil)
    }

    /// Inputs a quadratic walk would not finish in a test run are refused (or read as an SVG
    /// with its default size); their speed is measured in `make bench`, never here.
    @Test func pathologicalInputsAreRefused() {
        let size = 1 << 18
        let jpeg = Data([0xFF, 0xD8])
        let ftyp = Data([0, 0, 0, 16]) + Data("ftypavif".utf8) + Data(count: 4)
        let inputs: [(String, Data)] = [
            ("JPEG fill bytes", jpeg + Self.repeated([0xFF], size)),
            ("JPEG tiny segments", jpeg + Self.repeated([0xFF, 0xE2, 0x00, 0x02], size / 4)),
            ("SVG comment dashes", Data("<!--".utf8) + Self.repeated([0x2D], size)),
            ("SVG attributes", Data("<svg".utf8) + Self.repeated([0x20, 0x61], size / 2)),
            ("SVG doctype quotes", Data("<!DOCTYPE ".utf8) + Self.repeated([0x22], size)),
            ("ISO boxes", ftyp + Self.repeated([0, 0, 0, 8, 0x66, 0x72, 0x65, 0x65], size / 8)),
        ]
        for (name, data) in inputs {
            let header = ImageHeader.read(data)
            #expect(header == nil || header!.format == .svg, "\(name)")
        }
    }

    /// `bytes` `count` times over.
    static func repeated(_ bytes: [UInt8], _ count: Int) -> Data {
        Data([[UInt8]](repeating: bytes, count: count).joined())
    }

    /// A PNG signature and IHDR chunk claiming the given size (no pixel data).
    static func png(width: UInt32, height: UInt32) -> Data {
        var data = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13])
        data.append(contentsOf: Array("IHDR".utf8))
        for value in [width, height] { data.append(contentsOf: withUnsafeBytes(of: value.bigEndian, Array.init)) }
        data.append(contentsOf: [8, 2, 0, 0, 0, 0, 0, 0, 0])
        return data
    }
}
