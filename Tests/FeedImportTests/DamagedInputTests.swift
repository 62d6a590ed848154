import ArticleModel
import FeedImport
import Foundation
import Testing

/// The seed feeds cut short at many points and with bytes overwritten: never a crash, never
/// more than the ten articles, every entry located, and a cut file still reads its early items.
@Suite(.enabled(if: Fixtures.hasSeed, Fixtures.seedMissing)) struct DamagedInputTests {
    private func check(_ result: FeedImportResult, file: String) {
        let entries = result.feed?.entries ?? []
        #expect(entries.count <= 10)
        #expect(entries.allSatisfy { $0.location.hasPrefix("item ") && !$0.title.isEmpty })
        #expect(result.diagnostics.allSatisfy { $0.file == file })
        if result.feed == nil { #expect(result.diagnostics.contains { $0.severity == .error }) }
    }

    @Test(arguments: ["artifex-north-korea.rss.xml", "000_d2f22ae44201deca.txt"])
    func cutShort(_ name: String) throws {
        let data = try Fixtures.seed(name)
        for end in stride(from: 0, to: data.count, by: 1499) {
            check(FeedImporter.read(data.prefix(end), file: name), file: name)
        }
        let half = FeedImporter.read(data.prefix(data.count / 2), file: name)
        #expect(half.feed?.entries.first?.title == "22-Year-Old Killed In North Korea For Watching K-Pop: Report")
    }

    @Test(arguments: ["artifex-north-korea.rss.xml", "000_d2f22ae44201deca.txt"])
    func bytesOverwritten(_ name: String) throws {
        let original = [UInt8](try Fixtures.seed(name))
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33)
        }
        for _ in 0..<25 {
            var bytes = original
            for _ in 0..<40 { bytes[next() % bytes.count] = UInt8(truncatingIfNeeded: next()) }
            check(FeedImporter.read(Data(bytes), file: name), file: name)
        }
    }
}
