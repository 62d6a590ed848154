import Foundation

/// The form of a web address two feeds would share for the same article: scheme, `www.`,
/// a trailing slash, the fragment and tracking parameters (`utm_*`, `fbclid`, `gclid`, …)
/// dropped, host lowercased. `https://www.Example.org/a/?utm_source=x#top` and
/// `http://example.org/a` are the same article.
enum CanonicalLink {
    /// The canonical form of `address`, or nil when it is not an http(s) address.
    static func of(_ address: String) -> String? {
        guard var parts = URLComponents(string: address.trimmingCharacters(in: .whitespacesAndNewlines)),
              let scheme = parts.scheme?.lowercased(), scheme == "http" || scheme == "https",
              var host = parts.host?.lowercased(), !host.isEmpty else { return nil }
        if host.hasPrefix("www.") { host.removeFirst(4) }
        parts.fragment = nil
        let kept = (parts.queryItems ?? []).filter { !isTracking($0.name) }
        parts.queryItems = kept.isEmpty ? nil : kept
        var path = parts.percentEncodedPath
        while path.hasSuffix("/") { path.removeLast() }
        let query = parts.percentEncodedQuery.map { "?" + $0 } ?? ""
        let port = parts.port.map { ":\($0)" } ?? ""
        return host + port + path + query
    }

    private static func isTracking(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.hasPrefix("utm_") || tracking.contains(lower)
    }

    private static let tracking: Set<String> = ["fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "yclid", "igshid", "_ga", "ref_src"]
}
