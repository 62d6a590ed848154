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
        check(paths: Set(files.keys), contents: { files[$0] }).problems
    }

    /// ``problems(in:)`` with what was looked at, for an output whose files are `paths`; the
    /// bytes of those ``readsContents(_:)`` names come from `contents` (nil when they cannot be
    /// read), one file at a time, on any thread, so a large output is never held in memory.
    /// `pageDone` is called as each page is read.
    public static func check(paths: Set<String>, contents: @Sendable (String) -> Data?,
                             pageDone: (@Sendable () -> Void)? = nil) -> SiteCheckResult {
        let index = OutputIndex(files: paths)
        let pages = Parallel.map(paths.filter(isPage).sorted()) { path in
            defer { pageDone?() }
            return PageResult(path: path, html: String(decoding: contents(path) ?? Data(), as: UTF8.self), index: index)
        }
        let anchors = Dictionary(pages.map { ($0.path, $0.anchors) }, uniquingKeysWith: { first, _ in first })
        let others = Parallel.map(paths.filter { !isPage($0) && readsContents($0) }.sorted()) { path in
            otherFileProblems(path, data: contents(path) ?? Data(), index: index, anchors: anchors)
        }
        var problems = pages.flatMap { page in
            page.problems + page.pendingAnchors.compactMap {
                OutputIndex.anchorProblem(page: $0.page, fragment: $0.fragment, line: $0.line, in: page.path, anchors: anchors)
            }
        } + others.flatMap(\.problems)
        if !paths.contains("index.html") {
            problems.append(Diagnostic(.error, file: "index.html", "the output has no front page",
                                       hint: "check the folder: a Broadsheet build always writes index.html at the top"))
        }
        return SiteCheckResult(pages: pages.count, references: pages.reduce(0) { $0 + $1.references } + others.reduce(0) { $0 + $1.references },
                               feeds: others.filter(\.isFeed).count, problems: problems.sorted(by: inFileOrder))
    }

    /// A stylesheet's links, or an XML or JSON file's parse; books are not this target's.
    private static func otherFileProblems(_ path: String, data: Data, index: OutputIndex, anchors: [String: Set<String>])
        -> (problems: [Diagnostic], references: Int, isFeed: Bool) {
        switch extensionOf(path) {
        case "css":
            let found = StylesheetScan.references(in: String(decoding: data, as: UTF8.self))
            let problems = found.compactMap { reference -> Diagnostic? in
                switch index.verdict(reference.address, line: reference.line, in: path) {
                case .fine: return nil
                case .problem(let problem): return problem
                case .needsAnchor(let page, let fragment):
                    return OutputIndex.anchorProblem(page: page, fragment: fragment, line: reference.line, in: path, anchors: anchors)
                }
            }
            return (problems, found.count, false)
        case "xml": return (FeedCheck.xmlProblems(data, file: path), 0, true)
        case "json": return (FeedCheck.jsonProblems(data, file: path), 0, true)
        default: return ([], 0, false)
        }
    }

    /// Whether the checker reads the file at `path` (a page, a stylesheet, a feed or other XML
    /// or JSON), rather than only looking it up.
    public static func readsContents(_ path: String) -> Bool {
        ["html", "htm", "css", "xml", "json"].contains(extensionOf(path))
    }

    /// Whether `path` is a web page the checker reads.
    public static func isPage(_ path: String) -> Bool { ["html", "htm"].contains(extensionOf(path)) }

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
