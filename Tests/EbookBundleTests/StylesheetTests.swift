import Foundation
import Testing

/// The shipped book stylesheets: no requests, relative sizes, dark mode and print for the digest.
@Suite("Book stylesheets")
struct StylesheetTests {
    static func load(_ name: String) throws -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return try String(contentsOf: root.appendingPathComponent("Layouts/book/\(name)"), encoding: .utf8)
    }

    @Test("neither stylesheet loads anything", arguments: ["epub.css", "digest.css"])
    func noRequests(_ name: String) throws {
        let css = try StylesheetTests.load(name)
        for forbidden in ["url(", "@import", "@font-face"] {
            #expect(!css.contains(forbidden), "\(name) contains \(forbidden)")
        }
        #expect(css.contains("serif"))
    }

    @Test("the e-book stylesheet sets no fixed font size")
    func epubRelativeSizes() throws {
        let css = try StylesheetTests.load("epub.css")
        let fixed = css.split(separator: "\n").filter { $0.contains("font-size") && ($0.contains("px") || $0.contains("pt")) }
        #expect(fixed.isEmpty, "\(fixed)")
    }

    @Test("the digest stylesheet has dark mode and print rules")
    func digestModes() throws {
        let css = try StylesheetTests.load("digest.css")
        #expect(css.contains("@media (prefers-color-scheme: dark)"))
        #expect(css.contains("@media print"))
    }
}
