import ArticleModel
import Foundation
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
                     "archive/index.html", "favicon.svg", "robots.txt", "assets/style.css"] {
            #expect(tree[path] != nil, "missing \(path)")
        }
        #expect(TestSupport.brokenLinks(in: tree) == [])
        #expect(report.diagnostics.filter { $0.severity == .error }.map(\.description) == [])
    }

    @Test func noScriptOrJavascriptURLReachesAnyOutput() throws {
        let output = try TestSupport.temporaryFolder().appendingPathComponent("public")
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        _ = try Self.build(into: output)
        for (path, data) in try TestSupport.tree(output) where !path.hasSuffix(".epub") {
            let text = String(decoding: data, as: UTF8.self).lowercased()
            #expect(!text.contains("<script"), "\(path) has a script")
            #expect(!text.contains("javascript:"), "\(path) has a javascript: URL")
            #expect(!text.contains("onclick"), "\(path) has an event handler")
            #expect(!text.contains("<iframe"), "\(path) has an iframe")
        }
    }

    @Test func junkNeverReachesThePages() throws {
        let output = try TestSupport.temporaryFolder().appendingPathComponent("public")
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        _ = try Self.build(into: output)
        let digest = try String(contentsOf: output.appendingPathComponent("digest.html"), encoding: .utf8)
        for junk in ["Read More", "Source link", "Waiting for response to load", "published from a syndicated feed",
                     "auto-generated from a syndicated feed", "Share this"] {
            #expect(!digest.contains(junk), "digest still holds \"\(junk)\"")
        }
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

    @Test func pagesRenderInHeadlessChromiumFromFileURLs() throws {
        let output = try TestSupport.temporaryFolder().appendingPathComponent("public")
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        _ = try Self.build(into: output)
        guard FileManager.default.fileExists(atPath: "/usr/bin/chromium") else {
            Issue.record("chromium is not installed: run scripts/install-deps.sh test")
            return
        }
        let page = output.appendingPathComponent("index.html")
        let (status, dom) = try TestSupport.run("/usr/bin/chromium", [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            "--user-data-dir=\(output.deletingLastPathComponent().appendingPathComponent("chromium").path)",
            "--dump-dom", page.absoluteString,
        ])
        #expect(status == 0)
        #expect(dom.contains("The Harbour Gazette"))
        #expect(dom.contains("<main"))
    }
}
