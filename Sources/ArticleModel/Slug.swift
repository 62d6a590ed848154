/// A URL- and file-safe name made from a title: lowercase letters and digits of any script,
/// joined by single hyphens. Never empty, never `.` or `..`, never holds a `/`.
///
/// ```
/// Slug("Kim Jong-un’s “Visit”: Day 2").value == "kim-jong-uns-visit-day-2"
/// Slug("Ünïcödé Straße").value == "ünïcödé-straße"
/// Slug("北朝鮮のミサイル").value == "北朝鮮のミサイル"
/// Slug("../../etc/passwd").value == "etc-passwd"
/// ```
public struct Slug: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The slug text.
    public let value: String

    /// The longest slug, in characters; longer titles are cut at a hyphen.
    public static let maximumLength = 80

    /// Makes a slug from any text; text with no letters or digits gives `fallback`.
    public init(_ text: String, fallback: String = "untitled") {
        var out = ""
        var pendingHyphen = false
        for scalar in text.unicodeScalars {
            let props = scalar.properties
            if props.isAlphabetic || props.numericType != nil {
                if pendingHyphen && !out.isEmpty { out.append("-") }
                pendingHyphen = false
                out.unicodeScalars.append(contentsOf: String(scalar).lowercased().unicodeScalars)
            } else if props.generalCategory == .nonspacingMark || props.generalCategory == .spacingMark {
                if !out.isEmpty { out.unicodeScalars.append(scalar) }
            } else if scalar == "'" || scalar == "\u{2019}" || scalar == "\u{2018}" {
                continue  // apostrophes join words: "don't" -> "dont"
            } else {
                pendingHyphen = true
            }
        }
        if out.count > Slug.maximumLength {
            let cut = String(out.prefix(Slug.maximumLength))
            if let hyphen = cut.lastIndex(of: "-"), cut.distance(from: cut.startIndex, to: hyphen) > 20 {
                out = String(cut[..<hyphen])
            } else {
                out = cut
            }
        }
        value = out.isEmpty ? Slug(fallback, fallback: "untitled").value : out
    }

    private init(exact: String) { value = exact }

    /// This slug with `-2`, `-3`, … appended until `taken` no longer contains it.
    public func unique(among taken: Set<String>) -> Slug {
        if !taken.contains(value) { return self }
        var n = 2
        while taken.contains("\(value)-\(n)") { n += 1 }
        return Slug(exact: "\(value)-\(n)")
    }

    /// The slug text.
    public var description: String { value }

    /// Orders slugs by their text.
    public static func < (a: Slug, b: Slug) -> Bool { a.value < b.value }
}
