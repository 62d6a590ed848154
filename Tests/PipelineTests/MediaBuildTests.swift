import ArticleModel
import Foundation
@testable import Pipeline
import Testing

/// `build` with a media store (issue 8): the stored pictures published articles use are copied
/// to `media/` and every page links them relatively, sized and lazy; pictures not stored stay
/// remote and one note counts them; a damaged store never stops the build.
@Suite struct MediaBuildTests {
    static let quay = PictureSite.file("https://pics.example/quay.png")
    static let boats = PictureSite.file("https://pics.example/boats.jpg?w=600&h=400")
    static let lead = PictureSite.file("https://pics.example/lead.gif")

    /// Builds the site in `parent` into `parent/public`.
    static func build(_ site: PictureSite, parent: URL) throws -> (report: BuildReport, tree: [String: Data]) {
        let output = parent.appendingPathComponent("public")
        let report = try Pipeline.build(BuildRequest(source: .site(site.folder), output: output, layouts: TestSupport.layouts))
        return (report, try TestSupport.tree(output))
    }

    @Test func theStoredPicturesOfPublishedArticlesAreCopiedAndLinked() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = try PictureSite(in: folder)
        let (report, tree) = try Self.build(site, parent: folder)

        // Only the pictures a published article uses: not the draft's, not the unused one.
        #expect(tree.keys.filter { $0.hasPrefix("media/") }.sorted() == ["media/\(Self.boats)", "media/\(Self.lead)", "media/\(Self.quay)"])
        #expect(tree["media/\(Self.quay)"] == PictureSite.png && tree["media/\(Self.boats)"] == PictureSite.jpeg && tree["media/\(Self.lead)"] == PictureSite.gif)

        let page = String(decoding: try #require(tree["2024/harbour-day/index.html"]), as: UTF8.self)
        #expect(page.contains("""
            <p class="lead-image"><img src="../../media/\(Self.lead)" alt="Harbour Day" width="5" height="5" decoding="async"></p>
            <div class="article-body">
            <p>The quay at dawn.</p>
            <p><img src="../../media/\(Self.quay)" alt="The quay" title="Quay" width="8" height="6" loading="lazy" decoding="async" /></p>
            <figure><img src="../../media/\(Self.boats)" alt="Boats" width="300" height="200" loading="lazy" decoding="async" /><figcaption>Boats in the harbour</figcaption></figure>
            <p><img src="https://elsewhere.example/gone.jpg" alt="Remote" /></p>

            </div>
            """))
        let index = String(decoding: try #require(tree["index.html"]), as: UTF8.self)
        // The front page leads with the newest article that has a stored picture, drawn large, not lazily.
        #expect(index.contains("<img class=\"lead-story-image\" src=\"media/\(Self.lead)\" alt=\"\" width=\"5\" height=\"5\" decoding=\"async\">"))
        #expect(TestSupport.brokenLinks(in: tree) == [])  // data: addresses (the digest embeds its pictures) are no links

        // The one picture not stored is counted in one note; the store itself raised nothing.
        #expect(report.diagnostics.filter { $0.message.contains("media store") }.map(\.description) == [
            "note: 1 picture is not in the media store: the site links it from the web, and the book and digest show the text instead (run `broadsheet fetch \(site.folder.path)` to download it; `build` never does)",
        ])
        #expect(!report.diagnostics.contains { $0.file.hasPrefix("media/") })
    }

    @Test func aSiteNeverFetchedKeepsItsPicturesRemoteAndSaysHowToFetchThem() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = try PictureSite(in: folder, store: false)
        let (report, tree) = try Self.build(site, parent: folder)
        #expect(!tree.keys.contains { $0.hasPrefix("media/") })
        let page = String(decoding: try #require(tree["2024/harbour-day/index.html"]), as: UTF8.self)
        #expect(page.contains("<p class=\"lead-image\"><img src=\"https://pics.example/lead.gif\" alt=\"Harbour Day\"></p>"))
        #expect(page.contains("<p><img src=\"https://pics.example/quay.png\" alt=\"The quay\" title=\"Quay\" /></p>"))
        #expect(!page.contains(" loading=\"lazy\""))
        #expect(String(decoding: tree["index.html"] ?? Data(), as: UTF8.self).contains("<img") == false)
        #expect(report.diagnostics.filter { $0.message.contains("media store") }.map(\.description) == [
            "note: 4 pictures are not in the media store: the site links them from the web, and the book and digest show the text instead (run `broadsheet fetch \(site.folder.path)` to download them; `build` never does)",
        ])
    }

    @Test func anUnreadableRecordIsAWarningAndThePicturesStayRemote() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = try PictureSite(in: folder)
        try Data("{\"images\": [".utf8).write(to: site.folder.appendingPathComponent("media/index.json"))
        let (report, tree) = try Self.build(site, parent: folder)
        #expect(!tree.keys.contains { $0.hasPrefix("media/") })
        #expect(String(decoding: tree["2024/harbour-day/index.html"] ?? Data(), as: UTF8.self).contains("src=\"https://pics.example/quay.png\""))
        let warnings = report.diagnostics.filter { $0.severity == .warning }
        #expect(warnings.count == 1)
        #expect(warnings.first?.file == "media/index.json")
        #expect(warnings.first?.message.hasPrefix("unreadable media record: ") == true)
        #expect(warnings.first?.message.hasSuffix("; every picture stays remote") == true)
        #expect(warnings.first?.hint == "delete media/index.json and run `broadsheet fetch \(site.folder.path)` to rebuild it; until then pictures stay remote")
    }

    @Test func recordedFilesThatAreGoneAreLeftOutWithOneWarningThatCountsThem() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = try PictureSite(in: folder)
        for name in [Self.quay, Self.lead] { try FileManager.default.removeItem(at: site.folder.appendingPathComponent("media/" + name)) }
        let (report, tree) = try Self.build(site, parent: folder)
        #expect(tree.keys.filter { $0.hasPrefix("media/") } == ["media/\(Self.boats)"])
        let page = String(decoding: try #require(tree["2024/harbour-day/index.html"]), as: UTF8.self)
        #expect(page.contains("<p><img src=\"https://pics.example/quay.png\" alt=\"The quay\" title=\"Quay\" /></p>"))
        #expect(page.contains("src=\"../../media/\(Self.boats)\""))
        #expect(report.diagnostics.filter { $0.severity == .warning }.map(\.description) == [
            "media/index.json: warning: 2 recorded pictures are missing from media/; they stay remote (run `broadsheet fetch \(site.folder.path)` to download them again)",
        ])
        #expect(report.diagnostics.contains { $0.severity == .note && $0.message.hasPrefix("3 pictures are not in the media store") })
    }

    @Test func aStoreFileThatLinksOutOfTheStoreIsNotRead() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = try PictureSite(in: folder)
        let outside = folder.appendingPathComponent("secret.png")
        try PictureSite.png.write(to: outside)
        let link = site.folder.appendingPathComponent("media/" + Self.quay)
        try FileManager.default.removeItem(at: link)
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: outside)
        let (report, tree) = try Self.build(site, parent: folder)
        #expect(tree["media/\(Self.quay)"] == nil)
        #expect(report.diagnostics.filter { $0.severity == .warning }.map(\.description) == [
            "media/\(Self.quay): warning: a link to a file outside the media store; left out, the picture stays remote (put the file itself in media/, or delete the link and run `broadsheet fetch`)",
        ])
    }

    @Test func aStoreFileWhoseBytesAreNotTheRecordedPictureIsLeftOut() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = try PictureSite(in: folder)
        let page = Data("<html><body><script>alert(1)</script></body></html>".utf8)
        try page.write(to: site.folder.appendingPathComponent("media/" + Self.quay))
        let (report, tree) = try Self.build(site, parent: folder)
        #expect(tree["media/\(Self.quay)"] == nil)
        #expect(report.diagnostics.filter { $0.severity == .warning }.map(\.description) == [
            "media/\(Self.quay): warning: the file is not the png picture the record says; left out, the picture stays remote (delete the file and run `broadsheet fetch` to download it again)",
        ])
    }

    @Test func theSameSiteAndStoreGiveTheSameBytes() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = try PictureSite(in: folder)
        let first = try Self.build(site, parent: folder).tree
        let second = try Self.build(site, parent: folder.appendingPathComponent("again")).tree
        #expect(first.keys.sorted() == second.keys.sorted())
        #expect(first.keys.filter { first[$0] != second[$0] }.sorted() == [])
    }

    @Test func theOutputCannotGoInsideTheMediaStore() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = try PictureSite(in: folder)
        let inside = site.folder.appendingPathComponent("media/public")
        #expect(throws: PipelineError.self) {
            try Pipeline.build(BuildRequest(source: .site(site.folder), output: inside, layouts: TestSupport.layouts))
        }
        #expect(!FileManager.default.fileExists(atPath: inside.path))
    }

    @Test func looseFeedsHaveNoStoreAndTheNoteSaysHowToGetOne() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let feed = folder.appendingPathComponent("feed.xml")
        try Data("""
            <rss version="2.0"><channel><title>Pictures</title><item><title>Quay</title><link>https://news.example/quay</link>
            <pubDate>Sat, 01 Jun 2024 10:00:00 GMT</pubDate>
            <description>&lt;p&gt;Dawn.&lt;/p&gt;&lt;img src="https://pics.example/quay.png" alt="Quay"&gt;</description></item></channel></rss>
            """.utf8).write(to: feed)
        let output = folder.appendingPathComponent("public")
        let report = try Pipeline.build(BuildRequest(source: .feeds([feed]), output: output, layouts: TestSupport.layouts))
        #expect(report.diagnostics.filter { $0.message.contains("media store") }.map(\.description) == [
            "note: 1 picture is not in the media store: the site links it from the web, and the book and digest show the text instead (to have it offline, import the feeds into a site folder (`broadsheet import FEED... --site DIR`) and run `broadsheet fetch DIR`)",
        ])
        #expect(try TestSupport.tree(output).keys.contains { $0.hasPrefix("media/") } == false)
    }

    /// Opens the article page from `file://` in headless Chromium and asks each `<img>` for its
    /// natural width: every picture must load from disk. The page is copied beside itself with
    /// a small script that marks lazy pictures eager (a headless window does not scroll), waits
    /// for them, and writes `src width` lines into the page, which `--dump-dom` prints.
    @Test func everyPictureOfTheArticleLoadsFromDiskInChromium() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = try PictureSite(in: folder)
        // No remote picture on the page (the test must not reach beyond this machine), and one
        // wider than a phone's screen.
        let content = site.folder.appendingPathComponent("content/2024/harbour-day.md")
        try Data(PictureSite.article.replacingOccurrences(of: "![Remote](https://elsewhere.example/gone.jpg)",
                                                          with: "![Wide](https://pics.example/wide.png)").utf8).write(to: content)
        _ = try Self.build(site, parent: folder)
        guard FileManager.default.fileExists(atPath: "/usr/bin/chromium") else {
            Issue.record("chromium is not installed: run scripts/install-deps.sh test")
            return
        }
        let pageFolder = folder.appendingPathComponent("public/2024/harbour-day")
        let widths = try Self.naturalWidths(of: pageFolder.appendingPathComponent("index.html"), profile: folder.appendingPathComponent("chromium"))
        let wide = PictureSite.file("https://pics.example/wide.png")
        // In the narrowest window headless Chromium opens (500 px; 375 is raised to that), the
        // 1600 px picture is drawn as wide as the text (the window less 2 × 20 px of padding)
        // and the page does not scroll sideways.
        let window = try #require(widths.last.flatMap { Int($0.split(separator: " ").last ?? "") })
        #expect(window <= 500)
        #expect(widths == [
            "../../media/\(Self.lead) 5 5",
            "../../media/\(Self.quay) 8 8",
            "../../media/\(Self.boats) 12 300",
            "../../media/\(wide) 1600 \(window - 40)",
            "page \(window) \(window)",
        ])
        let index = try Self.naturalWidths(of: folder.appendingPathComponent("public/index.html"), profile: folder.appendingPathComponent("chromium"))
        // The front page's lead picture is as wide as the page's text.
        #expect(index == ["media/\(Self.lead) 5 \(window - 40)", "page \(window) \(window)"])
    }

    /// `src naturalWidth drawnWidth` of each `<img>` of the page at `page`, as Chromium loads it
    /// from disk in its narrowest window, then `page scrollWidth innerWidth`.
    static func naturalWidths(of page: URL, profile: URL) throws -> [String] {
        let probe = """
            <script>
            addEventListener("load", function () {
              var images = Array.prototype.slice.call(document.images);
              Promise.all(images.map(function (image) {
                image.loading = "eager";
                return image.complete ? null : new Promise(function (done) { image.onload = image.onerror = done; });
              })).then(function () {
                var out = document.createElement("pre");
                out.id = "natural-widths";
                var lines = images.map(function (image) {
                  return image.getAttribute("src") + " " + image.naturalWidth + " " + Math.round(image.getBoundingClientRect().width);
                });
                lines.push("page " + document.documentElement.scrollWidth + " " + window.innerWidth);
                out.textContent = lines.join("|");
                document.body.appendChild(out);
              });
            });
            </script>
            </body>
            """
        let html = try String(contentsOf: page, encoding: .utf8).replacingOccurrences(of: "</body>", with: probe)
        let copy = page.deletingLastPathComponent().appendingPathComponent("probe.html")
        try Data(html.utf8).write(to: copy)
        defer { try? FileManager.default.removeItem(at: copy) }
        let (status, dom) = try TestSupport.run("/usr/bin/chromium", [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            "--user-data-dir=\(profile.path)", "--virtual-time-budget=5000", "--window-size=375,2000",
            "--dump-dom", copy.absoluteString,
        ])
        #expect(status == 0)
        guard let start = dom.range(of: "<pre id=\"natural-widths\">"), let end = dom[start.upperBound...].range(of: "</pre>") else {
            Issue.record("Chromium reported no widths: \(dom.suffix(2000))")
            return []
        }
        return dom[start.upperBound..<end.lowerBound].split(separator: "|").map(String.init)
    }
}
