import ArticleModel

/// Decides whether a URL is safe to keep: `http`, `https`, `mailto`, relative and fragment
/// URLs pass; every other scheme fails, however it is disguised (mixed case, whitespace or
/// control characters inside, character references in any spelling). ``URLScheme`` reads the
/// scheme; this type only says which schemes are kept.
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

    /// Judges `value`; `imageSource` allows raster `data:` images (for `img src`), written
    /// plainly (`data:image/png;base64,…`, no reference or space in its type).
    static func judge(_ value: String, imageSource: Bool = false) -> Verdict {
        let kept = trimmed(value)
        guard let scheme = URLScheme.of(value) else { return .keep(kept) }
        if allowedSchemes.contains(scheme.name) { return .keep(kept) }
        if imageSource, scheme.name == "data", isRasterDataImage(kept) { return .keep(kept) }
        return .reject(scheme: String(scheme.name.prefix(24)))
    }

    private static func isRasterDataImage(_ value: String) -> Bool {
        let start = value.utf8.prefix(32).map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }
        return imageDataPrefixes.contains { prefix in
            start.starts(with: Array(prefix.utf8) + [UInt8(ascii: ";")]) || start.starts(with: Array(prefix.utf8) + [UInt8(ascii: ",")])
        }
    }

    /// `value` without leading and trailing controls and spaces (browsers skip them too).
    private static func trimmed(_ value: String) -> String {
        let scalars = value.unicodeScalars
        guard let first = scalars.firstIndex(where: { $0.value > 0x20 }) else { return "" }
        let last = scalars.lastIndex(where: { $0.value > 0x20 })!
        return String(scalars[first...last])
    }
}
