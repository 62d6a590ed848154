import ArticleModel
import Foundation
@testable import SiteBuild
import Testing

/// The search index of 10,000 invented articles (a Zipf-distributed vocabulary of 40,000
/// made-up words, 300 to 700 words each) searched in headless Chromium, timed with
/// `performance.now()`. Set `SEARCH_BENCH=1` to run; it prints the index's size against the
/// text's and the times, and asserts the first results of each query come in under 100 ms.
@Suite struct SearchSpeedTests {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["SEARCH_BENCH"] != nil))
    func tenThousandArticlesInChromium() throws {
        let articles = Self.corpus(count: 10_000)
        let text = articles.reduce(0) { $0 + $1.article.title.utf8.count + 1 + PlainText.words(ofHTML: $1.html.html).joined(separator: " ").utf8.count }
        let start = Date()
        let script = SearchIndex(articles).script
        print("index of \(articles.count) articles: \(script.utf8.count) bytes, text \(text) bytes, ratio "
              + String(format: "%.3f", Double(script.utf8.count) / Double(text)) + ", built in "
              + String(format: "%.2f s", Date().timeIntervalSince(start)))
        guard FileManager.default.fileExists(atPath: "/usr/bin/chromium") else {
            Issue.record("chromium is not installed: run scripts/install-deps.sh test")
            return
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("broadsheet-search-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("assets"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(script.utf8).write(to: folder.appendingPathComponent("search-index.js"))
        try #require(SiteFixture.layouts["assets/search.js"]).write(to: folder.appendingPathComponent("assets/search.js"))
        let queries = [Self.word(0), Self.word(3), Self.word(150), Self.word(5000), String(Self.word(7).prefix(2)),
                       String(Self.word(12).prefix(3)), Self.word(20) + " " + Self.word(40), Self.word(900) + " " + String(Self.word(1).prefix(4))]
        let page = Self.benchPage.replacingOccurrences(of: "QUERIES", with: String(decoding: try JSONSerialization.data(withJSONObject: queries), as: UTF8.self))
        try Data(page.utf8).write(to: folder.appendingPathComponent("bench.html"))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/chromium")
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                             "--user-data-dir=\(folder.appendingPathComponent("profile").path)", "--virtual-time-budget=60000",
                             "--dump-dom", folder.appendingPathComponent("bench.html").absoluteString]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let dom = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let report = dom.components(separatedBy: "<pre id=\"bench\">").last?.components(separatedBy: "</pre>").first ?? dom
        print(report)
        let times = report.split(separator: "\n").compactMap { line in line.split(separator: " ").first.flatMap { Double($0) } }
        #expect(times.count == queries.count + 1, "\(report)")
        #expect(times.dropFirst().allSatisfy { $0 < 100 }, "\(report)")
    }

    /// Loads the index as search.js does, then times each query's search; one line each.
    static let benchPage = #"""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>bench</title>
        <script src="assets/search.js"></script></head><body><pre id="bench"></pre><script>
        var out = document.getElementById("bench"), engine = window.BroadsheetSearchEngine;
        var started = performance.now(), script = document.createElement("script");
        script.src = "search-index.js";
        script.onload = function () {
          var index = engine.prepare(window.BroadsheetSearch);
          var lines = [(performance.now() - started).toFixed(1) + " ms to load and prepare the index of " + index.docs.length + " articles, " + index.terms.length + " terms"];
          QUERIES.forEach(function (query) {
            var begin = performance.now(), found = engine.search(index, query);
            lines.push((performance.now() - begin).toFixed(1) + " ms for \"" + query + "\": " + found.total + " articles");
          });
          out.textContent = lines.join("\n");
        };
        document.head.appendChild(script);
        </script></body></html>
        """#

    /// `count` articles a day apart, their words drawn from ``vocabulary`` by a Zipf law (s = 1).
    static func corpus(count: Int) -> [RenderedArticle] {
        var random = SeededRandom(seed: 42)
        let weights = (1...vocabularySize).map { 1.0 / Double($0) }
        var cumulative: [Double] = []
        var total = 0.0
        for weight in weights {
            total += weight
            cumulative.append(total)
        }
        func draw() -> String {
            let target = random.unit() * total
            var low = 0
            var high = cumulative.count - 1
            while low < high {
                let middle = (low + high) / 2
                if cumulative[middle] < target { low = middle + 1 } else { high = middle }
            }
            return word(low)
        }
        return (0..<count).map { number in
            let title = (0..<(6 + number % 5)).map { _ in draw() }.joined(separator: " ").capitalized
            let paragraphs = (0..<(3 + number % 5)).map { _ in "<p>" + (0..<(100 + random.below(40))).map { _ in draw() }.joined(separator: " ") + ".</p>" }
            let date = CivilDate(epochSeconds: 1_500_000_000 + number * 86_400)
            var item = SiteFixture.article(title + " \(number)", String(format: "%04d-%02d-%02dT12:00:00Z", date.year, date.month, date.day))
            item.html = HTMLFragment(paragraphs.joined(separator: "\n"))
            return item
        }
    }

    static let vocabularySize = 40_000

    /// The `rank`th word of the made-up vocabulary: two to four syllables, distinct for each rank.
    static func word(_ rank: Int) -> String {
        let syllables = ["ka", "to", "mi", "ren", "sa", "lu", "ber", "no", "vi", "dor", "es", "pa", "gu", "lin", "ta", "mor",
                         "ri", "sel", "an", "ko", "wen", "da", "fi", "ul", "hes", "tra", "ne", "bo", "zi", "ga", "pel", "or"]
        var value = rank + syllables.count
        var out = ""
        while value > 0 {
            out += syllables[value % syllables.count]
            value /= syllables.count
        }
        return out
    }
}
