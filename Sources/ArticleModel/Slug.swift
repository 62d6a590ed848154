import Foundation

/// A URL- and file-safe name made from a title: lowercase letters and digits of any script,
/// joined by single hyphens, in Unicode NFC. Never empty, never `.` or `..`, never holds a `/`,
/// never longer than ``maximumBytes`` UTF-8 bytes, and never a name Windows reserves for a
/// device (`con`, `nul`, `com1`, …: those get ``reservedNameSuffix``), so the output unzips on
/// every platform. Only the first ``inputBytes`` of a title are read, so making a slug takes
/// time linear in that bound, whatever the title's length.
///
/// ```
/// Slug("Kim Jong-un’s “Visit”: Day 2").value == "kim-jong-uns-visit-day-2"
/// Slug("Ünïcödé Straße").value == "ünïcödé-straße"
/// Slug("北朝鮮のミサイル").value == "北朝鮮のミサイル"
/// Slug("../../etc/passwd").value == "etc-passwd"
/// Slug("CON").value == "con-1"
/// ```
public struct Slug: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The slug text.
    public let value: String

    /// The longest slug, in UTF-8 bytes; longer titles are cut at a hyphen when one is near
    /// the end, else at a character (grapheme cluster) boundary. `unique(among:)` keeps to it too,
    /// so `content/YYYY/SLUG.md` and `tags/SLUG/page/N/index.html` stay far below 255 bytes a
    /// component.
    public static let maximumBytes = 100

    /// How much of a title is read, in UTF-8 bytes; the rest cannot reach the slug anyway.
    public static let inputBytes = 4096

    /// Combining marks kept after one letter (`é` has one); more are dropped, so a cluster of
    /// hundreds of marks cannot fill the slug.
    public static let marksPerLetter = 4

    /// A character (grapheme cluster) longer than this, in UTF-8 bytes, is treated as a
    /// separator: no real letter is that long once marks are limited.
    public static let maximumCharacterBytes = 32

    /// What a slug that Windows reserves for a device gets appended: `con` → `con-1`.
    public static let reservedNameSuffix = "-1"

    /// Device names Windows reserves in every folder, with or without an extension and in any
    /// case (`CON`, `con.md`, `Lpt1.html`), including the superscript-digit spellings.
    public static let reservedNames: Set<String> = {
        var names: Set<String> = ["con", "prn", "aux", "nul"]
        for digit in ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "¹", "²", "³"] {
            names.insert("com" + digit)
            names.insert("lpt" + digit)
        }
        return names
    }()

    /// Makes a slug from any text; text with no letters or digits gives `fallback` (itself
    /// made into a slug, else `untitled`).
    public init(_ text: String, fallback: String = "untitled") {
        let words = Slug.words(in: Slug.head(of: text)).precomposedStringWithCanonicalMapping
        var out = Slug.limited(words, toBytes: Slug.maximumBytes)
        if out.isEmpty || out == "." || out == ".." {
            out = Slug.limited(Slug.words(in: Slug.head(of: fallback)).precomposedStringWithCanonicalMapping,
                               toBytes: Slug.maximumBytes)
        }
        if out.isEmpty || out == "." || out == ".." { out = "untitled" }
        value = Slug.reservedNames.contains(out) ? out + Slug.reservedNameSuffix : out
    }

    private init(exact: String) { value = exact }

    /// This slug with `-2`, `-3`, … appended until `taken` no longer contains it. The slug is
    /// shortened (at a character boundary) when the counter would take it past ``maximumBytes``.
    public func unique(among taken: Set<String>) -> Slug {
        if !taken.contains(value) { return self }
        var n = 2
        while true {
            let suffix = "-\(n)"
            let head = Slug.limited(value, toBytes: Slug.maximumBytes - suffix.utf8.count)
            if !taken.contains(head + suffix) { return Slug(exact: head + suffix) }
            n += 1
        }
    }

    /// The slug text.
    public var description: String { value }

    /// Orders slugs by their text.
    public static func < (a: Slug, b: Slug) -> Bool { a.value < b.value }

    /// The first ``inputBytes`` of `text`, cut at a scalar boundary, in NFC.
    private static func head(of text: String) -> String {
        guard text.utf8.count > inputBytes else { return text.precomposedStringWithCanonicalMapping }
        var kept = String.UnicodeScalarView()
        var bytes = 0
        for scalar in text.unicodeScalars {
            bytes += UTF8.width(scalar)
            if bytes > inputBytes { break }
            kept.append(scalar)
        }
        return String(kept).precomposedStringWithCanonicalMapping
    }

    /// Letters and digits of `text`, lowercased, with every other run turned into one hyphen.
    /// Apostrophes join words (`don't` → `dont`); combining marks stay on their letter, at most
    /// ``marksPerLetter`` of them.
    private static func words(in text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingHyphen = false
        var marks = -1  // marks kept after the last letter; -1 when the last thing was no letter
        for scalar in text.unicodeScalars {
            let props = scalar.properties
            if props.generalCategory == .nonspacingMark || props.generalCategory == .spacingMark {
                if marks >= 0 && marks < marksPerLetter {
                    out.append(scalar)
                    marks += 1
                }
            } else if props.isAlphabetic || props.numericType != nil {
                if pendingHyphen && !out.isEmpty { out.append("-") }
                pendingHyphen = false
                out.append(contentsOf: props.lowercaseMapping.unicodeScalars)
                marks = 0
            } else if scalar == "'" || scalar == "\u{2019}" || scalar == "\u{2018}" {
                continue
            } else {
                pendingHyphen = true
                marks = -1
            }
        }
        return String(out)
    }

    /// `text` (hyphen-separated words) cut to at most `limit` UTF-8 bytes at a character
    /// boundary; a word the limit cuts is dropped when that keeps more than a quarter of it. Characters
    /// longer than ``maximumCharacterBytes`` count as separators. Never starts or ends with `-`.
    private static func limited(_ text: String, toBytes limit: Int) -> String {
        var out = ""
        var bytes = 0
        var pendingHyphen = false
        var cut = false
        for character in text {
            let width = character.utf8.count
            if character == "-" || width > maximumCharacterBytes {
                pendingHyphen = !out.isEmpty
                continue
            }
            let needed = width + (pendingHyphen ? 1 : 0)
            if bytes + needed > limit {
                cut = true
                break
            }
            if pendingHyphen { out.append("-") }
            pendingHyphen = false
            out.append(character)
            bytes += needed
        }
        // Cut inside a word (not just before the next one): drop the partial word.
        if cut && !pendingHyphen, let hyphen = out.lastIndex(of: "-"), out.utf8.distance(from: out.startIndex, to: hyphen) > limit / 4 {
            out = String(out[..<hyphen])
        }
        return out
    }
}
