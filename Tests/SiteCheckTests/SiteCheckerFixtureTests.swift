import ArticleModel
import Foundation
import SiteCheck
import Testing

/// The paths a checker asked for, from any thread.
final class AskedPaths: @unchecked Sendable {
    private let lock = NSLock()
    private var all: [String] = []

    func add(_ path: String) {
        lock.lock()
        all.append(path)
        lock.unlock()
    }

    var paths: Set<String> {
        lock.lock()
        defer { lock.unlock() }
        return Set(all)
    }

    var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return all.count
    }
}

/// Each folder of `Fixtures/` is a built output; `NAME.expected` beside it lists the problems
/// SiteChecker finds in it, one `Diagnostic` line each, in order (lines starting with `#` are
/// comments). `RECORD_SNAPSHOTS=1` rewrites the expected files: review the diff.
@Suite struct SiteCheckerFixtureTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// Every file below `folder`, by relative path.
    static func tree(_ folder: URL) throws -> [String: Data] {
        var out: [String: Data] = [:]
        for case let url as URL in FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])! {
            guard (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true else { continue }
            out[String(url.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1))] = try Data(contentsOf: url)
        }
        return out
    }

    @Test(arguments: ["sound", "broken", "nofront"]) func problemsAreAsExpected(name: String) throws {
        let problems = SiteChecker.problems(in: try Self.tree(Self.fixtures.appendingPathComponent(name)))
        let found = problems.map(\.description)
        let file = Self.fixtures.appendingPathComponent("\(name).expected")
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            let header = "# SiteChecker's problems in Fixtures/\(name)/, one a line (RECORD_SNAPSHOTS=1 rewrites this file)\n"
            try Data((header + found.map { $0 + "\n" }.joined()).utf8).write(to: file)
        }
        let expected = try String(contentsOf: file, encoding: .utf8).split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") }
        #expect(found == expected)
    }

    @Test func whatWasLookedAtIsCounted() throws {
        let tree = try Self.tree(Self.fixtures.appendingPathComponent("sound"))
        let result = SiteChecker.check(paths: Set(tree.keys), contents: { tree[$0] })
        #expect(result.pages == 4)
        #expect(result.feeds == 2)
        #expect(result.references == 24, "16 in index.html (srcset counts 2), 3, 2 and 1 in the other pages, 2 in the stylesheet")
        #expect(result.problems.isEmpty)
    }

    @Test func onlyPagesStylesheetsAndFeedsAreRead() {
        #expect(["index.html", "a/b.htm", "assets/style.css", "feed.xml", "feed.json", "X.HTML"].allSatisfy(SiteChecker.readsContents))
        #expect(!["media/a.jpg", "robots.txt", "search-index.js", "favicon.svg", "book.epub", "html"].contains(where: SiteChecker.readsContents))
    }

    @Test func filesAreAskedForOneByOneAndOnlyWhenRead() throws {
        let tree = try Self.tree(Self.fixtures.appendingPathComponent("sound"))
        let asked = AskedPaths()
        let result = SiteChecker.check(paths: Set(tree.keys), contents: { path in
            asked.add(path)
            return tree[path]
        })
        #expect(result.problems.isEmpty)
        #expect(asked.paths == Set(tree.keys.filter(SiteChecker.readsContents)), "pictures and fonts are looked up, not read")
        #expect(asked.count == asked.paths.count, "each file is read once")
    }
}
