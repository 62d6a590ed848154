import Foundation

/// Web addresses the book may link to: absolute `http` and `https` only.
enum WebAddress {
    /// An absolute `http` or `https` address for `reference`, resolving a relative one against
    /// `base`; nil for other schemes, unparsable text, or a relative one without a web base.
    static func absolute(_ reference: String, base: String = "") -> String? {
        let trimmed = reference.trimmingWhitespaceAndNewlines
        guard !trimmed.isEmpty, let url = URL(string: trimmed) else { return nil }
        if let scheme = url.scheme {
            return isWeb(scheme) ? url.absoluteString : nil
        }
        guard let baseURL = URL(string: base), let scheme = baseURL.scheme, isWeb(scheme),
              let resolved = URL(string: trimmed, relativeTo: baseURL)?.absoluteURL else { return nil }
        return resolved.absoluteString
    }

    private static func isWeb(_ scheme: String) -> Bool {
        let lower = scheme.lowercased()
        return lower == "http" || lower == "https"
    }
}
