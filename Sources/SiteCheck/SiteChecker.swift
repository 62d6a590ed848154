import ArticleModel
import Foundation

/// Checks a built output as its readers will meet it, from the files alone: every address in
/// every page and stylesheet leads to a file of the output (and a `#fragment` to an element
/// of that page), relative, so the site works under any sub-path and from disk; every feed
/// parses. Books are ``EbookBundle``'s to check; this looks at everything else.
///
/// ```swift
/// let problems = SiteChecker.problems(in: ["index.html": Data("<a href=\"gone.html\">x</a>".utf8)])
/// // index.html:1: error: broken link: gone.html is not in the output (…)
/// ```
public enum SiteChecker {
    /// The problems of the output `files` (bytes by path from the output's root), sorted by
    /// file and line. Web addresses are not visited, and `data:` addresses are not links (the
    /// digest embeds its pictures).
    public static func problems(in files: [String: Data]) -> [Diagnostic] {
        check(files).problems
    }

    /// ``problems(in:)`` with what was looked at; `pageDone` is called as each page's links are
    /// checked, from any thread. Only the files ``readsContents(_:)`` names need their bytes:
    /// the others are only looked up, and may be given empty.
    public static func check(_ files: [String: Data], pageDone: (@Sendable () -> Void)? = nil) -> SiteCheckResult {
        let pagePaths = files.keys.filter(isPage).sorted()
        let pages = Parallel.map(pagePaths) { path in PageScan(path: path, html: String(decoding: files[path] ?? Data(), as: UTF8.self)) }
        let index = OutputIndex(files: Set(files.keys), pages: pages)
        var problems = Parallel.map(pages) { page in
            defer { pageDone?() }
            return page.references.compactMap { index.problem($0.address, line: $0.line, in: page.path) }
        }.flatMap { $0 }
        var references = pages.reduce(0) { $0 + $1.references.count }
        var feeds = 0
        for path in files.keys.sorted() {
            let data = files[path] ?? Data()
            switch extensionOf(path) {
            case "css":
                let found = StylesheetScan.references(in: String(decoding: data, as: UTF8.self))
                references += found.count
                problems += found.compactMap { index.problem($0.address, line: $0.line, in: path) }
            case "xml":
                feeds += 1
                problems += FeedCheck.xmlProblems(data, file: path)
            case "json":
                feeds += 1
                problems += FeedCheck.jsonProblems(data, file: path)
            default: break
            }
        }
        if files["index.html"] == nil {
            problems.append(Diagnostic(.error, file: "index.html", "the output has no front page",
                                       hint: "check the folder: a Broadsheet build always writes index.html at the top"))
        }
        return SiteCheckResult(pages: pages.count, references: references, feeds: feeds, problems: problems.sorted(by: inFileOrder))
    }

    /// Whether the checker reads the file at `path` (a page, a stylesheet, a feed or other XML
    /// or JSON, a book), rather than only looking it up.
    public static func readsContents(_ path: String) -> Bool {
        ["html", "htm", "css", "xml", "json", "epub"].contains(extensionOf(path))
    }

    /// Whether `path` is a web page the checker reads.
    static func isPage(_ path: String) -> Bool { ["html", "htm"].contains(extensionOf(path)) }

    private static func extensionOf(_ path: String) -> String {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return "" }
        return path[path.index(after: dot)...].lowercased()
    }

    /// By file, then line, then message: the same problems always print in the same order.
    private static func inFileOrder(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        if a.file != b.file { return a.file < b.file }
        if (a.line ?? 0) != (b.line ?? 0) { return (a.line ?? 0) < (b.line ?? 0) }
        return a.message < b.message
    }
}
