import ArticleModel
import Foundation

/// Makes relative URLs absolute against an article's own address, so that its links and
/// images work from any host and from `file://`.
///
/// Only values that are plainly relative are touched: a path (`/a.jpg`, `../b/`, `c.html`),
/// a query (`?p=2`) or a protocol-relative URL (`//cdn.example/d.png`). A value with a scheme
/// (`https:`, `mailto:`, `javascript:`), or anything that could read as one once whitespace,
/// control characters or entities are taken out, is left exactly as it is for the sanitiser to
/// judge; so are fragment-only links (`#notes`) and empty values. Resolution against an
/// `http`/`https` base can only give an `http`/`https` URL, and the sanitiser checks the
/// result again anyway.
struct URLResolver: Sendable {
    /// The absolute `http` or `https` base.
    let base: URL

    /// A resolver for `baseURL`, or nil when it is not an absolute `http`/`https` URL with a host.
    init?(_ baseURL: String) {
        let trimmed = baseURL.trimmingWhitespace
        guard trimmed.isWebAddress, let url = URL(string: trimmed), let host = url.host, !host.isEmpty else { return nil }
        base = url
    }

    /// Attributes holding a URL that is resolved when relative.
    static let urlAttributes: Set<String> = ["href", "src", "cite", "data-src", "data-lazy-src"]

    /// `value` made absolute when it is plainly relative; otherwise `value` unchanged.
    func resolve(_ value: String) -> String {
        let trimmed = value.trimmingWhitespace
        guard Self.isPlainlyRelative(trimmed), let url = URL(string: trimmed, relativeTo: base),
              url.absoluteString.isWebAddress else { return value }
        return url.absoluteString
    }

    /// Whether `value` is a non-empty, non-fragment relative reference with no possible scheme:
    /// ``URLScheme`` finds none, even after decoding references, and nothing before its first
    /// `/`, `?` or `#` is a colon, an `&` (a reference that a later reader may decode) or a
    /// backslash. A value that fails is left as written, which is what happens without a base
    /// URL too.
    static func isPlainlyRelative(_ value: String) -> Bool {
        guard let first = value.utf8.first, first != UInt8(ascii: "#"), URLScheme.of(value) == nil else { return false }
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "/"), UInt8(ascii: "?"), UInt8(ascii: "#"):
                return true
            case UInt8(ascii: ":"), UInt8(ascii: "&"), UInt8(ascii: "\\"), 0...0x20, 0x7F...:
                return false
            default:
                continue
            }
        }
        return true
    }
}
