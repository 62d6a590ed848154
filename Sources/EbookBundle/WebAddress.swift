import ArticleModel
import Foundation

/// Web addresses the book may link to: absolute `http` and `https` only, as
/// ``ArticleModel/URLScheme`` reads the scheme.
enum WebAddress {
    /// An absolute `http` or `https` address for `reference`, resolving a relative one against
    /// `base`; nil for other schemes, unparsable text, or a relative one without a web base.
    static func absolute(_ reference: String, base: String = "") -> String? {
        let trimmed = reference.trimmingWhitespaceAndNewlines
        guard !trimmed.isEmpty, let url = URL(string: trimmed) else { return nil }
        if let scheme = URLScheme.of(trimmed) {
            return scheme.isWeb ? webAddress(url) : nil
        }
        guard base.isWebAddress, let baseURL = URL(string: base),
              let resolved = URL(string: trimmed, relativeTo: baseURL)?.absoluteURL else { return nil }
        return webAddress(resolved)
    }

    /// The text of `url` when it is a plainly written web address.
    private static func webAddress(_ url: URL) -> String? {
        let text = url.absoluteString
        return text.isWebAddress ? text : nil
    }
}
