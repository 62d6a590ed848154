/// Decides whether a URL is safe to keep: `http`, `https`, `mailto`, relative and fragment
/// URLs pass; every other scheme fails, however it is disguised (mixed case, whitespace or
/// control characters inside, entities).
enum URLPolicy {
    /// The verdict on one URL.
    enum Verdict: Equatable {
        /// Safe; keep this (trimmed) value.
        case keep(String)
        /// Unsafe; the scheme as the browser would read it, for the report.
        case reject(scheme: String)
    }

    private static let allowedSchemes: Set<String> = ["http", "https", "mailto"]
    private static let imageDataPrefixes = ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"]

    /// Judges `value`; `imageSource` allows raster `data:` images (for `img src`).
    static func judge(_ value: String, imageSource: Bool = false) -> Verdict {
        let compact = compacted(value)
        guard let colon = compact.firstIndex(of: ":") else { return .keep(trimmed(value)) }
        let scheme = compact[..<colon]
        if scheme.contains(where: { $0 == "/" || $0 == "?" }) { return .keep(trimmed(value)) }
        if scheme.contains("#") && !scheme.contains("&") { return .keep(trimmed(value)) }
        if allowedSchemes.contains(String(scheme)) { return .keep(trimmed(value)) }
        if imageSource, isRasterDataImage(compact) { return .keep(trimmed(value)) }
        return .reject(scheme: String(scheme.prefix(24)))
    }

    /// Lowercased, with every whitespace and control character removed (browsers skip them
    /// inside schemes).
    private static func compacted(_ value: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in value.unicodeScalars where scalar.value > 0x20 && !(0x7F...0xA0).contains(scalar.value)
            && !scalar.properties.isWhitespace && scalar.properties.generalCategory != .format {
            out.append(scalar)
        }
        var text = String(out).lowercased()
        // A colon written as an entity that a later reader (a browser, libcmark) may decode.
        for entity in ["&colon;", "&#58;", "&#x3a;", "&#058;", "&#0058;"] where text.contains(entity) {
            text = text.replacingOccurrences(of: entity, with: ":")
        }
        return text
    }

    private static func isRasterDataImage(_ compact: String) -> Bool {
        imageDataPrefixes.contains { prefix in
            compact.hasPrefix(prefix + ";") || compact.hasPrefix(prefix + ",")
        }
    }

    private static func trimmed(_ value: String) -> String {
        let scalars = value.unicodeScalars
        guard let first = scalars.firstIndex(where: { $0.value > 0x20 }) else { return "" }
        let last = scalars.lastIndex(where: { $0.value > 0x20 })!
        return String(scalars[first...last])
    }
}
