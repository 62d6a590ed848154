import ArticleModel
import Foundation
import Pipeline
import Testing

/// The reading defects of issue 9 as a browser shows them: a site with a wide table, a long
/// code line, a long address in prose and 200 tags, built for real and measured in headless
/// Chromium from `file://` at 375 and 1,280 px. Each page is copied beside itself with a probe
/// script that writes its measures into the page, which `--dump-dom` prints.
@Suite struct LayoutBrowserTests {
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                         "September", "October", "November", "December"]

    /// 200 tag names of 4 to 24 letters, in 40 articles of 5 tags each.
    static let tags: [String] = (0..<200).map { index in
        let words = ["Quay", "Harbour", "Ferry", "Council", "Lifeboat", "Allotments", "Regatta", "Tide tables", "Pellingford"]
        return "\(words[index % words.count]) \(index)"
    }

    static func site(in folder: URL) throws -> URL {
        let site = folder.appendingPathComponent("site")
        try write("title: Layout test\nlanguage: en\n", to: site.appendingPathComponent("site.yml"))
        let header = "<tr>" + months.map { "<th>\($0)</th>" }.joined() + "</tr>"
        let row = "<tr>" + months.map { "<td>\($0) 4.5 m</td>" }.joined() + "</tr>"
        let address = "https://harbour.example/" + String(repeating: "very-long-path-segment/", count: 8)
        try write("""
            ---
            title: "Tide table"
            date: 2024-10-01T09:00:00+01:00
            tags: ["Quay 0"]
            ---

            High water at the quay, month by month:

            <table>
            \(header)
            \(row)
            </table>

            ```
            let heights = [\((0..<60).map { "\($0).5" }.joined(separator: ", "))]
            ```

            The full table is at <\(address)>.

            """, to: site.appendingPathComponent("content/2024/tide-table.md"))
        for article in 0..<40 {
            let names = tags[(article * 5)..<(article * 5 + 5)].map { "\"\($0)\"" }.joined(separator: ", ")
            try write("---\ntitle: \"Note \(article)\"\ndate: 2024-09-\(String(zeroPadding: article % 28 + 1, width: 2))T10:00:00Z\ntags: [\(names)]\n---\n\nA note.\n",
                      to: site.appendingPathComponent("content/2024/note-\(article).md"))
        }
        return site
    }

    @Test(arguments: [375, 1280])
    func wideBlocksScrollInsteadOfSqueezingAndNothingOverflows(width: Int) throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("out")
        _ = try Pipeline.build(BuildRequest(source: .site(try Self.site(in: folder)), output: output, layouts: TestSupport.layouts))
        guard FileManager.default.fileExists(atPath: "/usr/bin/chromium") else {
            Issue.record("chromium is not installed: run scripts/install-deps.sh test")
            return
        }
        let article = try Self.measure(output.appendingPathComponent("2024/tide-table/index.html"), width: width, folder: folder)
        #expect(article["overflow"] == "0", "the article page is wider than the window")
        #expect(article["wordPieces"] == "1", "a month's name breaks inside its table cell")
        #expect(article["wrapperFocusable"] == "0" && article["preFocusable"] == "0")
        #expect(article["tableScrolls"] == "true", "the table does not scroll in its wrapper")
        #expect(article["preScrolls"] == "true")
        let index = try Self.measure(output.appendingPathComponent("tags/index.html"), width: width, folder: folder)
        #expect(index["overflow"] == "0", "the tag index is wider than the window")
        let tags = Int(index["tags"] ?? "") ?? 0
        let rows = Int(index["rows"] ?? "") ?? tags
        #expect(tags == 200)
        // A cloud: at least three tags a row on average at 1,280 px, one and a half at 375 px.
        #expect(rows * (width < 500 ? 3 : 6) <= tags * 2, "\(tags) tags take \(rows) rows")
        let month = try Self.measure(output.appendingPathComponent("archive/2024/09/index.html"), width: width, folder: folder)
        #expect(month["overflow"] == "0")
    }

    /// The probe's `name=value` measures of `page` in a window `width` pixels wide.
    static func measure(_ page: URL, width: Int, folder: URL) throws -> [String: String] {
        let probe = """
            <script>
            addEventListener("load", function () {
              var out = [];
              out.push("overflow=" + Math.max(0, document.documentElement.scrollWidth - innerWidth));
              var pieces = 0;
              document.querySelectorAll("td, th").forEach(function (cell) {
                var text = cell.firstChild, word = text.data.split(" ")[0];
                var range = document.createRange(); range.setStart(text, 0); range.setEnd(text, word.length);
                var tops = {}; Array.prototype.forEach.call(range.getClientRects(), function (r) { tops[Math.round(r.top)] = 1; });
                pieces = Math.max(pieces, Object.keys(tops).length);
              });
              out.push("wordPieces=" + pieces);
              var wrapper = document.querySelector(".table-scroll"), pre = document.querySelector("pre");
              if (wrapper) { out.push("wrapperFocusable=" + wrapper.tabIndex); out.push("tableScrolls=" + (wrapper.scrollWidth > wrapper.clientWidth)); }
              if (pre) { out.push("preFocusable=" + pre.tabIndex); out.push("preScrolls=" + (pre.scrollWidth > pre.clientWidth)); }
              var items = document.querySelectorAll(".tag-index li"), tops = {};
              items.forEach(function (item) { tops[Math.round(item.getBoundingClientRect().top)] = 1; });
              out.push("tags=" + items.length); out.push("rows=" + Object.keys(tops).length);
              var result = document.createElement("pre"); result.id = "measures"; result.textContent = out.join("|");
              document.body.appendChild(result);
            });
            </script>
            </body>
            """
        let html = try String(contentsOf: page, encoding: .utf8).replacingOccurrences(of: "</body>", with: probe)
        let copy = page.deletingLastPathComponent().appendingPathComponent("probe.html")
        try Data(html.utf8).write(to: copy)
        defer { try? FileManager.default.removeItem(at: copy) }
        let (status, dom) = try TestSupport.run("/usr/bin/chromium", [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--hide-scrollbars",
            "--user-data-dir=\(folder.appendingPathComponent("chromium").path)", "--window-size=\(width),900",
            "--virtual-time-budget=3000", "--dump-dom", copy.absoluteString,
        ])
        #expect(status == 0)
        guard let start = dom.range(of: "<pre id=\"measures\">"), let end = dom[start.upperBound...].range(of: "</pre>") else {
            Issue.record("Chromium reported no measures for \(page.lastPathComponent): \(dom.suffix(1000))")
            return [:]
        }
        var measures: [String: String] = [:]
        for pair in dom[start.upperBound..<end.lowerBound].split(separator: "|") {
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            if parts.count == 2 { measures[parts[0]] = parts[1] }
        }
        return measures
    }

    static func write(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }
}
