import ArticleModel
import Foundation
import MarkupTree
import Pipeline
import Testing

/// The sample Site/ built end to end into a temporary folder, twice.
@Suite(.serialized) struct SampleSiteTests {
    static func build(into output: URL) throws -> BuildReport {
        try Pipeline.build(BuildRequest(source: .site(TestSupport.site), output: output, layouts: TestSupport.layouts))
    }

    @Test func buildsEveryKindOfPageWithWorkingLinks() throws {
        let output = try TestSupport.temporaryFolder().appendingPathComponent("public")
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        let report = try Self.build(into: output)
        let tree = try TestSupport.tree(output)
        #expect(report.articles == 20)  // 18 feed items + 2 hand-written files
        for path in ["index.html", "404.html", "feed.xml", "sitemap.xml", "book.epub", "digest.html", "tags/index.html",
                     "archive/index.html", "favicon.svg", "robots.txt", "assets/style.css",
                     "search-index.js", "assets/search.js"] {
            #expect(tree[path] != nil, "missing \(path)")
        }
        #expect(TestSupport.brokenLinks(in: tree) == [])
        #expect(report.diagnostics.filter { $0.severity == .error }.map(\.description) == [])
    }

    @Test func noScriptHandlerOrJavascriptURLReachesAnyOutput() throws {
        let output = try TestSupport.temporaryFolder().appendingPathComponent("public")
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        _ = try Self.build(into: output)
        let tree = try TestSupport.tree(output)
        #expect(TestSupport.unsafeMarkup(in: tree) == [])
    }

    @Test func junkNeverReachesThePages() throws {
        let output = try TestSupport.temporaryFolder().appendingPathComponent("public")
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        _ = try Self.build(into: output)
        let digest = try String(contentsOf: output.appendingPathComponent("digest.html"), encoding: .utf8)
        let blocks = TestSupport.blockTexts(in: MarkupParser.htmlDocument(digest))
        let junk = blocks.filter { text in
            text.hasPrefix("Read More “") || text == "Source link" || text.hasPrefix("Waiting for response to load")
                || text.hasSuffix("syndicated feed.)") || text.hasPrefix("Share this")
        }
        #expect(junk == [])
        #expect(blocks.contains { $0.contains("Pellingford Quay") })
    }

    @Test func secondBuildIsByteIdentical() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try Self.build(into: folder.appendingPathComponent("a"))
        _ = try Self.build(into: folder.appendingPathComponent("b"))
        let a = try TestSupport.tree(folder.appendingPathComponent("a"))
        let b = try TestSupport.tree(folder.appendingPathComponent("b"))
        #expect(a.keys.sorted() == b.keys.sorted())
        #expect(a.keys.filter { a[$0] != b[$0] }.sorted() == [])
    }

    @Test func epubcheckFindsNothing() throws {
        let output = try TestSupport.temporaryFolder().appendingPathComponent("public")
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        _ = try Self.build(into: output)
        guard let (status, text) = try TestSupport.epubcheck(output.appendingPathComponent("book.epub")) else {
            Issue.record("epubcheck is not installed: run scripts/install-deps.sh test")
            return
        }
        #expect(status == 0, "\(text)")
        #expect(!text.contains("ERROR") && !text.contains("WARNING"), "\(text)")
    }

    @Test(arguments: [
        ("index.html", "The Harbour Gazette"),
        ("2026/harbour-office-rewrites-its-tide-table-script/index.html", "TWELFTHS = [1, 2, 3, 3, 2, 1]"),
        ("tags/harbour/index.html", "Tagged"),
        ("archive/2026/11/index.html", "November 2026"),
        ("digest.html", "Harbour office rewrites its tide-table script"),
    ])
    func pagesRenderInHeadlessChromiumFromFileURLs(page: String, text: String) throws {
        let output = try TestSupport.temporaryFolder().appendingPathComponent("public")
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        _ = try Self.build(into: output)
        guard FileManager.default.fileExists(atPath: "/usr/bin/chromium") else {
            Issue.record("chromium is not installed: run scripts/install-deps.sh test")
            return
        }
        let (status, dom) = try TestSupport.run("/usr/bin/chromium", [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            "--user-data-dir=\(output.deletingLastPathComponent().appendingPathComponent("chromium").path)",
            "--dump-dom", output.appendingPathComponent(page).absoluteString,
        ])
        #expect(status == 0)
        #expect(dom.contains(text), "\(page) does not show \"\(text)\"")
        #expect(dom.contains("<main") || page == "digest.html")
    }
}
