import Foundation
import MarkupTree
import Pipeline
import Testing

/// The search box in headless Chromium, on pages opened from `file://`: a copy of a built page
/// with a small driver script that types into the box the way a reader does (one character at
/// a time, `input` events), then writes what the results show into `<pre id="search-test">`
/// (`[…]` stands for `<mark>`), or follows a result, for `--dump-dom` to print.
@Suite(.serialized) struct SearchBrowserTests {
    @Test func queriesTypedIntoTheBoxShowRankedResultsFromDisk() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = folder.appendingPathComponent("public")
        _ = try Self.buildSample(into: site)
        guard let lines = try Self.typed(["lantern walk", "TIDE-tab", "zzz"], on: "index.html", in: site) else { return }
        #expect(lines == [
            "lantern walk → 1 article found.",
            "  2026/week-ahead-lantern-walk-carol-rehearsals-and-a-very-late-regatta/index.html"
                + " | Week ahead: [lantern] [walk], carol rehearsals and a very late regatta | 24 November 2026"
                + " | Our weekly round-up of what is happening in and around Pellingford Quay. The nights are drawing in, but the diary is anything but empty.…",
            "TIDE-tab → 2 articles found.",
            "  2026/harbour-office-rewrites-its-tide-table-script/index.html | Harbour office rewrites its [tide]-[table] script | 4 August 2026"
                + " | The little program that prints Pellingford’s [tide] [tables] has been rewritten by a volunteer — and published for anyone to read. Every [tide]…",
            "  2026/harbour-master-the-tide-waits-for-no-ferry/index.html | Harbour Master: \"The [tide] waits for no ferry\" | 2 October 2026"
                + " | After twenty-two years in charge of Pellingford’s harbour, Captain Esmé Carrow-Lindsey is handing over the keys. She talked to the Gazette…",
            "zzz → No articles found for “zzz”.",
            "Escape → closed",
        ])
    }

    @Test func aResultFollowedFromADeepPageUnderASubPathOpensTheArticle() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let built = folder.appendingPathComponent("public")
        _ = try Self.buildSample(into: built)
        let site = folder.appendingPathComponent("a copy/ünï/site")
        try FileManager.default.createDirectory(at: site.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: built, to: site)
        let page = "tags/harbour/search-test.html"
        try Self.withDriver(from: "tags/harbour/index.html", to: page, in: site, queries: ["regatta"], follow: true)
        guard let dom = try Self.dump(site.appendingPathComponent(page)) else { return }
        let document = MarkupParser.htmlDocument(dom)
        #expect(Self.first(document, "h1")?.textContent == "Week ahead: lantern walk, carol rehearsals and a very late regatta")
        #expect(Self.first(document, "title")?.textContent.hasPrefix("Week ahead") == true)
    }

    @Test func theArchiveShowsTheResultsOfAQueryTheFormSent() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = folder.appendingPathComponent("public")
        _ = try Self.buildSample(into: site)
        let url = URL(string: site.appendingPathComponent("archive/index.html").absoluteString + "?q=regatta")!
        guard let dom = try Self.dump(url) else { return }
        let document = MarkupParser.htmlDocument(dom)
        let results = try #require(Self.first(document, "div") { $0.attribute("class") == "search-results" })
        #expect(Self.first(results, "p")?.textContent == "1 article found.")
        #expect(Self.first(results, "a")?.attribute("href") == "../2026/week-ahead-lantern-walk-carol-rehearsals-and-a-very-late-regatta/index.html")
    }

    @Test func theStatusLineTakesTheThemesWordsInThePageLanguagesPluralForms() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = folder.appendingPathComponent("public")
        _ = try Self.buildSample(into: site)
        let page = site.appendingPathComponent("index.html")
        let html = try String(contentsOf: page, encoding: .utf8)
        try html.replacingOccurrences(of: "<html lang=\"en-GB\"", with: "<html lang=\"ru\"")
            .replacingOccurrences(of: "<form class=\"site-search\"", with: """
                <form data-text-found-one="{count} статья" data-text-found-few="{count} статьи" \
                data-text-found-many="{count} статей" data-text-shown="Показаны лучшие {shown}." \
                data-text-none="«{query}»: ничего" class="site-search"
                """)
            .write(to: page, atomically: true, encoding: .utf8)
        guard let lines = try Self.typed(["lantern walk", "tide table", "harb", "zzz"], on: "index.html", in: site) else { return }
        #expect(lines.filter { !$0.hasPrefix("  ") } == [
            "lantern walk → 1 статья", "tide table → 2 статьи", "harb → 14 статей Показаны лучшие 10.", "zzz → «zzz»: ничего",
            "Escape → closed",
        ])
    }

    @Test func foldedPrefixAndBigramQueriesFindTheirArticles() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let feed = folder.appendingPathComponent("feed.xml")
        try Self.languagesFeed.write(to: feed, atomically: true, encoding: .utf8)
        let site = folder.appendingPathComponent("public")
        _ = try Pipeline.build(BuildRequest(source: .feeds([feed]), output: site, layouts: TestSupport.layouts))
        let queries = ["CREME", "brûl", "donau", "STRASSE", "東京", "天", "café tokyo", "ｔｏｋｙｏ"]
        guard let lines = try Self.typed(queries, on: "index.html", in: site) else { return }
        #expect(lines.filter { !$0.hasPrefix("    ") }.map { $0.components(separatedBy: " | ").prefix(2).joined(separator: " | ") } == [
            "CREME → 1 article found.",
            "  2024/crème-brûlée-at-the-café/index.html | [Crème] brûlée at the Café",
            "brûl → 1 article found.",
            "  2024/crème-brûlée-at-the-café/index.html | Crème [brûlée] at the Café",
            "donau → 1 article found.",
            "  2024/die-donaudampfschifffahrt/index.html | Die [Donaudampfschifffahrt]",
            "STRASSE → 1 article found.",
            "  2024/die-donaudampfschifffahrt/index.html | Die Donaudampfschifffahrt",
            "東京 → 1 article found.",
            "  2024/東京の天気/index.html | [東京]の天気",
            "天 → 1 article found.",
            "  2024/東京の天気/index.html | 東京の[天]気",
            "café tokyo → 1 article found.",
            "  2024/東京の天気/index.html | 東京の天気",
            "ｔｏｋｙｏ → 1 article found.",
            "  2024/東京の天気/index.html | 東京の天気",
            "Escape → closed",
        ])
    }

    @Test func aShardedIndexLoadsTheShardsAQueryNeeds() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let feed = folder.appendingPathComponent("feed.xml")
        try Self.manyArticlesFeed.write(to: feed, atomically: true, encoding: .utf8)
        let site = folder.appendingPathComponent("public")
        _ = try Pipeline.build(BuildRequest(source: .feeds([feed]), output: site, layouts: TestSupport.layouts))
        let shards = try FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent("search").path).sorted()
        #expect(shards == ["docs-0.js", "docs-1.js", "docs-2.js", "terms-0.js", "terms-1.js"])
        guard let lines = try Self.typed(["harbour3", "alpha29 story 11"], on: "index.html", in: site) else { return }
        // harbour3: stories 3, 10 … 115, newest first, from all three documents shards; "11" is
        // a whole word in story 11's title and the start of 110 … 119's.
        #expect(lines.map { $0.components(separatedBy: " | ").prefix(2).joined(separator: " | ") } == [
            "harbour3 → 17 articles found. The best 10 are shown.",
            "  2024/story-115-from-harbour3/index.html | Story 115 from [harbour3]",
            "  2024/story-108-from-harbour3/index.html | Story 108 from [harbour3]",
            "  2024/story-101-from-harbour3/index.html | Story 101 from [harbour3]",
            "  2024/story-94-from-harbour3/index.html | Story 94 from [harbour3]",
            "  2024/story-87-from-harbour3/index.html | Story 87 from [harbour3]",
            "  2024/story-80-from-harbour3/index.html | Story 80 from [harbour3]",
            "  2024/story-73-from-harbour3/index.html | Story 73 from [harbour3]",
            "  2024/story-66-from-harbour3/index.html | Story 66 from [harbour3]",
            "  2024/story-59-from-harbour3/index.html | Story 59 from [harbour3]",
            "  2024/story-52-from-harbour3/index.html | Story 52 from [harbour3]",
            "alpha29 story 11 → 11 articles found. The best 10 are shown.",
            "  2024/story-11-from-harbour4/index.html | [Story] [11] from harbour4",
            "  2024/story-119-from-harbour0/index.html | [Story] [119] from harbour0",
            "  2024/story-118-from-harbour6/index.html | [Story] [118] from harbour6",
            "  2024/story-117-from-harbour5/index.html | [Story] [117] from harbour5",
            "  2024/story-116-from-harbour4/index.html | [Story] [116] from harbour4",
            "  2024/story-115-from-harbour3/index.html | [Story] [115] from harbour3",
            "  2024/story-114-from-harbour2/index.html | [Story] [114] from harbour2",
            "  2024/story-113-from-harbour1/index.html | [Story] [113] from harbour1",
            "  2024/story-112-from-harbour0/index.html | [Story] [112] from harbour0",
            "  2024/story-111-from-harbour6/index.html | [Story] [111] from harbour6",
            "Escape → closed",
        ])
    }

    // MARK: - Helpers

    /// 120 articles a day apart, each with the same 300 words (`alpha0` … `alpha299`) and a
    /// title naming one of 7 harbours: more than one shard of terms and of articles.
    static let manyArticlesFeed: String = {
        let body = (0..<900).map { "alpha\($0)" }.joined(separator: " ")  // terms enough for two terms shards
        let items = (0..<120).map { number in
            let day = 1 + number % 28, month = 1 + number / 28
            return "<item><title>Story \(number) from harbour\(number % 7)</title><guid>s\(number)</guid>"
                + "<pubDate>\(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][0]), \(day < 10 ? "0" : "")\(day) \(["Jan", "Feb", "Mar", "Apr", "May"][month - 1]) 2024 09:00:00 +0000</pubDate>"
                + "<description>&lt;p&gt;\(body)&lt;/p&gt;</description></item>"
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Many</title><link>https://example.com/</link>\n"
            + items.joined(separator: "\n") + "\n</channel></rss>\n"
    }()

    static let languagesFeed = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Languages</title><link>https://example.com/</link><language>en</language>
        <item><title>Crème brûlée at the Café</title><guid>a</guid><pubDate>Sun, 03 Mar 2024 09:00:00 +0000</pubDate>
        <description>&lt;p&gt;The café serves crème brûlée.&lt;/p&gt;</description></item>
        <item><title>Die Donaudampfschifffahrt</title><guid>b</guid><pubDate>Sat, 02 Mar 2024 09:00:00 +0000</pubDate>
        <description>&lt;p&gt;Eine Fahrt mit der Donaudampfschifffahrt auf der Straße? Nein: auf der Donau.&lt;/p&gt;</description></item>
        <item><title>東京の天気</title><guid>c</guid><pubDate>Fri, 01 Mar 2024 09:00:00 +0000</pubDate>
        <description>&lt;p&gt;東京は晴れ。Tokyo CAFE&lt;/p&gt;</description></item>
        </channel></rss>
        """

    static func buildSample(into output: URL) throws -> BuildReport {
        try Pipeline.build(BuildRequest(source: .site(TestSupport.site), output: output, layouts: TestSupport.layouts))
    }

    /// What the results show after each of `queries` is typed on `page` (then Escape is
    /// pressed): a status line, then `  href | title | date | snippet` per result. Nil, with
    /// an issue recorded, when Chromium is not installed.
    static func typed(_ queries: [String], on page: String, in site: URL) throws -> [String]? {
        let copy = (page as NSString).deletingLastPathComponent + "/search-test.html"
        let test = copy.hasPrefix("/") ? String(copy.dropFirst()) : copy
        try withDriver(from: page, to: test, in: site, queries: queries, follow: false)
        guard let dom = try dump(site.appendingPathComponent(test)) else { return nil }
        let output = first(MarkupParser.htmlDocument(dom), "pre") { $0.attribute("id") == "search-test" }
        return output.map { $0.textContent.components(separatedBy: "\n") } ?? ["no output: \(dom.suffix(2000))"]
    }

    /// The first element named `name` (and passing `test`) in `element`, depth first.
    static func first(_ element: MarkupElement, _ name: String, where test: (MarkupElement) -> Bool = { _ in true }) -> MarkupElement? {
        if element.name == name && test(element) { return element }
        for child in element.childElements {
            if let found = first(child, name, where: test) { return found }
        }
        return nil
    }

    /// Writes a copy of `page` at `copy` (in the same folder, so its links are the page's)
    /// with the driver at the end of its body.
    static func withDriver(from page: String, to copy: String, in site: URL, queries: [String], follow: Bool) throws {
        let html = try String(contentsOf: site.appendingPathComponent(page), encoding: .utf8)
        let list = String(decoding: try JSONSerialization.data(withJSONObject: queries), as: UTF8.self)
        let script = driver.replacingOccurrences(of: "QUERIES", with: list).replacingOccurrences(of: "FOLLOW", with: follow ? "true" : "false")
        try html.replacingOccurrences(of: "</body>", with: "<script>\(script)</script>\n</body>")
            .write(to: site.appendingPathComponent(copy), atomically: true, encoding: .utf8)
    }

    /// The DOM of `url` once its scripts are done (virtual time lets the waits pass at once).
    static func dump(_ url: URL) throws -> String? {
        guard FileManager.default.fileExists(atPath: "/usr/bin/chromium") else {
            Issue.record("chromium is not installed: run scripts/install-deps.sh test")
            return nil
        }
        let profile = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: profile) }
        let (status, dom) = try TestSupport.run("/usr/bin/chromium", [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            "--user-data-dir=\(profile.path)", "--virtual-time-budget=20000", "--dump-dom", url.absoluteString,
        ])
        #expect(status == 0)
        return dom
    }

    /// Types each query, waits for the results, and writes them down; or, with FOLLOW, types
    /// the first query, goes down to the first result, up to the box and down again with the
    /// arrow keys, and follows the result that has the focus.
    static let driver = #"""
        window.addEventListener("load", async function () {
          var sleep = function (ms) { return new Promise(function (done) { setTimeout(done, ms); }); };
          var input = document.querySelector("form[role=search] input[type=search]");
          var status = function () { return document.querySelector(".search-status").textContent; };
          var shown = function (node) {
            return Array.from(node.childNodes).map(function (child) {
              return child.nodeName === "MARK" ? "[" + child.textContent + "]" : child.textContent;
            }).join("");
          };
          var key = function (target, name) {
            target.dispatchEvent(new KeyboardEvent("keydown", { key: name, bubbles: true, cancelable: true }));
          };
          var lines = [];
          input.focus();
          for (var query of QUERIES) {
            input.value = "";
            for (var ch of query) {
              input.value += ch;
              input.dispatchEvent(new Event("input", { bubbles: true }));
              await sleep(20);
            }
            await sleep(200);
            for (var i = 0; i < 100 && status().indexOf("Loading") === 0; i++) await sleep(20);
            lines.push(query + " → " + status());
            document.querySelectorAll(".search-results li").forEach(function (item) {
              var link = item.querySelector("a"), date = item.querySelector(".search-date"), snippet = item.querySelector("p");
              lines.push("  " + [link.getAttribute("href"), shown(link), date ? date.textContent : "", snippet ? shown(snippet) : ""].join(" | "));
            });
            if (FOLLOW) {
              key(input, "ArrowDown");
              key(document.activeElement, "ArrowUp");
              key(document.activeElement, "ArrowDown");
              if (document.activeElement === document.querySelector(".search-results a")) document.activeElement.click();
              return;
            }
          }
          key(input, "Escape");
          lines.push("Escape → " + (document.querySelector(".search-results").hidden ? "closed" : "open"));
          var out = document.createElement("pre");
          out.id = "search-test";
          out.textContent = lines.join("\n");
          document.body.appendChild(out);
        });
        """#
}
