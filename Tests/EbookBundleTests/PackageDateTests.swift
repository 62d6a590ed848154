import ArticleModel
@testable import EbookBundle
import Foundation
import Testing

/// `dcterms:modified` and `dc:date` always have a four-digit year.
@Suite("Package dates")
struct PackageDateTests {
    @Test("a modified date past 9999 is written as the last second of 9999")
    func pastYear9999() throws {
        let far = ArticleDate(date: Date(timeIntervalSince1970: 253_402_300_800))
        #expect(DateText.utcStamp(far) == "9999-12-31T23:59:59Z")
        #expect(DateText.packageDay(far) == "9999-12-31")
        let book = try EPUBContents(try EPUBBuilder.epub([], config: SiteConfig(), stylesheet: "", modified: far))
        let opf = book.text("OEBPS/content.opf")
        #expect(opf.contains("<meta property=\"dcterms:modified\">9999-12-31T23:59:59Z</meta>"))
        #expect(opf.contains("<dc:date>9999-12-31</dc:date>"))
    }

    @Test("the last second of 9999 and ordinary dates are written as they are")
    func inRange() {
        let last = ArticleDate(date: Date(timeIntervalSince1970: 253_402_300_799))
        #expect(DateText.utcStamp(last) == "9999-12-31T23:59:59Z")
        #expect(DateText.utcStamp(SampleArticles.modified) == "2024-06-30T18:05:09Z")
        #expect(DateText.packageDay(SampleArticles.modified) == "2024-06-30")
    }

    @Test("a modified date before year 1 is written as the first second of year 1")
    func beforeYear1() {
        let early = ArticleDate(date: Date(timeIntervalSince1970: -62_135_596_801))
        #expect(DateText.utcStamp(early) == "0001-01-01T00:00:00Z")
    }
}
