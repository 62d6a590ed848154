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
        let trimmed = link.trimmingCharacters(in: .whitespacesAndNewlines)
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

    /// A relative reference read against the folder of `page`.
    private static func relative(_ link: String, from page: String) -> LinkTarget {
        let (beforeFragment, fragment) = split(link, at: "#")
        let (path, _) = split(beforeFragment, at: "?")
        var parts = page.split(separator: "/").dropLast().map(String.init)
        if path.isEmpty { parts = page.split(separator: "/").map(String.init) }  // "", "#x", "?q": the page itself
        for part in path.split(separator: "/", omittingEmptySubsequences: false) {
            switch part {
            case "..":
                if parts.isEmpty { return .outsideOutput }
                parts.removeLast()
            case ".", "": continue
            default: parts.append(decoded(String(part)))
            }
        }
        return .file(path: parts.joined(separator: "/"), fragment: fragment.map(decoded))
    }

    private static func split(_ text: String, at separator: Character) -> (String, String?) {
        guard let index = text.firstIndex(of: separator) else { return (text, nil) }
        return (String(text[..<index]), String(text[text.index(after: index)...]))
    }

    private static func decoded(_ text: String) -> String { text.removingPercentEncoding ?? text }
}
