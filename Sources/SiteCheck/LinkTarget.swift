import ArticleModel
import Foundation

/// Where a link written in an output file leads: the one rule for reading a link against the
/// output folder, used by ``SiteChecker`` and by the tests.
///
/// ```swift
/// LinkTarget("../tags/x/index.html#top", from: "2024/a/index.html")  // .file(path: "tags/x/index.html", fragment: "top")
/// LinkTarget("/assets/style.css", from: "index.html")                // .rootAbsolute
/// LinkTarget("https://example.org/", from: "index.html")             // .external
/// ```
public enum LinkTarget: Hashable, Sendable {
    /// Another site, or an address that is no file (`mailto:`, `tel:`, `data:`): not checked.
    case external
    /// A path from the output's root (without a trailing slash; empty for the root itself),
    /// with the fragment after `#`, percent-decoded, when there is one.
    case file(path: String, fragment: String?)
    /// A path from the server's root (`/x`): it breaks when the site is served under a
    /// sub-path, and from `file://`.
    case rootAbsolute
    /// A relative path that climbs above the output's root.
    case outsideOutput
    /// An address that runs a script (`javascript:`, `vbscript:`).
    case script

    /// Where `link`, written in the file at `page` (a path from the output's root), leads.
    /// Absolute addresses are other sites, even the site's own `base_url`: a feed's links to
    /// the pages of the site it came from may share its host, and nothing says they should
    /// lead into this output.
    public init(_ link: String, from page: String) {
        let trimmed = Self.isTrimmed(link) ? link : link.trimmingWhitespace
        // No colon, reference or escape: no scheme can hide in it (the common case, read fast).
        let plain = !trimmed.utf8.contains { $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "%") }
        if !plain, let scheme = URLScheme.of(trimmed) {
            self = scheme.isScriptOrData && scheme.name != "data" ? .script : .external
        } else if trimmed.hasPrefix("//") {
            self = .external
        } else if trimmed.hasPrefix("/") {
            self = .rootAbsolute
        } else {
            self = Self.relative(trimmed, from: page)
        }
    }

    /// A relative reference read against the folder of `page`. Paths are split on their
    /// UTF-8 bytes: `/`, `#` and `?` are ASCII, and no character needs to be told apart here.
    private static func relative(_ link: String, from page: String) -> LinkTarget {
        let (beforeFragment, fragment) = split(Substring(link), at: UInt8(ascii: "#"))
        let (path, _) = split(beforeFragment, at: UInt8(ascii: "?"))
        var parts = components(Substring(page))
        if !path.isEmpty { parts.removeLast() }  // "", "#x", "?q": the page itself, else its folder
        for part in components(path) {
            switch part {
            case "..":
                if parts.isEmpty { return .outsideOutput }
                parts.removeLast()
            case ".", "": continue
            default: parts.append(Substring(decoded(String(part))))
            }
        }
        return .file(path: parts.joined(separator: "/"), fragment: fragment.map { decoded(String($0)) })
    }

    /// The parts of a `/`-separated path, empty ones included.
    private static func components(_ path: Substring) -> [Substring] {
        path.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).map { Substring($0) }
    }

    /// `text` before the first `separator`, and what follows it when there is one.
    private static func split(_ text: Substring, at separator: UInt8) -> (Substring, Substring?) {
        guard let index = text.utf8.firstIndex(of: separator) else { return (text, nil) }
        return (text[..<index], text[text.utf8.index(after: index)...])
    }

    private static func decoded(_ text: String) -> String {
        text.utf8.contains(UInt8(ascii: "%")) ? text.removingPercentEncoding ?? text : text
    }

    /// Whether `text` neither starts nor ends with whitespace (most links: no trimming needed).
    private static func isTrimmed(_ text: String) -> Bool {
        guard let first = text.utf8.first, let last = text.utf8.last else { return true }
        return first > 0x20 && first < 0x80 && last > 0x20 && last < 0x80
    }
}
