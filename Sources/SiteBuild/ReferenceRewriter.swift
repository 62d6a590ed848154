import ArticleModel
import Foundation

/// Rewrites the addresses (`href`, `src`, `cite`) of a sanitised body, for a copy read from
/// another place than the article's page: a feed.
///
/// Bodies come from the one serialiser (`MarkupSerializer`): every attribute is written
/// ` name="value"`, and `&`, `<`, `>` and `"` are always escaped inside values (`<` in text too),
/// so a `<` always opens a tag, the first `>` after it closes it, and the only `"` inside a tag
/// are the ones around values. One pass over the bytes finds every address, without parsing
/// the HTML again.
///
/// ```swift
/// ReferenceRewriter.rewritten(#"<a href="notes.html">notes</a>"#) { "2024/x/" + $0 }
/// // <a href="2024/x/notes.html">notes</a>
/// ```
enum ReferenceRewriter {
    /// The attributes whose value is an address.
    static let addressAttributes: Set<String> = ["href", "src", "cite"]

    /// `html` with each address replaced by `transform(address)` (the value with its character
    /// references decoded; the result is escaped again), or kept when `transform` gives nil.
    static func rewritten(_ html: String, _ transform: (String) -> String?) -> String {
        let bytes = Array(html.utf8)
        var out: [UInt8] = []
        var copied = 0
        var index = 0
        while let open = bytes[index...].firstIndex(of: UInt8(ascii: "<")) {
            guard let close = bytes[open...].firstIndex(of: UInt8(ascii: ">")) else { break }
            index = close + 1
            for (range, value) in addresses(in: bytes, open + 1..<close) {
                guard let replaced = transform(value), replaced != value else { continue }
                if out.isEmpty { out.reserveCapacity(bytes.count + 256) }
                out += bytes[copied..<range.lowerBound]
                out += StoredImages.attributeEscaped(replaced).utf8
                copied = range.upperBound
            }
        }
        guard copied > 0 else { return html }
        out += bytes[copied...]
        return String(decoding: out, as: UTF8.self)
    }

    /// The ranges of the values of the address attributes inside a tag, with their decoded text.
    private static func addresses(in bytes: [UInt8], _ tag: Range<Int>) -> [(Range<Int>, String)] {
        var found: [(Range<Int>, String)] = []
        var index = tag.lowerBound
        while let quote = bytes[index..<tag.upperBound].firstIndex(of: UInt8(ascii: "\"")) {
            guard let end = bytes[(quote + 1)..<tag.upperBound].firstIndex(of: UInt8(ascii: "\"")) else { break }
            index = end + 1
            guard quote > tag.lowerBound, bytes[quote - 1] == UInt8(ascii: "=") else { continue }
            let nameEnd = quote - 1
            var nameStart = nameEnd
            while nameStart > tag.lowerBound, bytes[nameStart - 1] != UInt8(ascii: " ") { nameStart -= 1 }
            let name = String(decoding: bytes[nameStart..<nameEnd], as: UTF8.self)
            guard addressAttributes.contains(name) else { continue }
            let value = CharacterReferences.decode(String(decoding: bytes[(quote + 1)..<end], as: UTF8.self))
            found.append(((quote + 1)..<end, value))
        }
        return found
    }

    /// The address `reference`, found in the page at `page` (a path below the output root), as
    /// seen from `target`, another path below the root: resolved against `pageAddress`, the
    /// page's absolute address, when the site has a base URL; else relative to the folder of
    /// `target`. Nil (keep it) for an address with a scheme, and without a base URL also for a
    /// protocol-relative or root-relative one, whose place is unknown then.
    ///
    /// ```swift
    /// ReferenceRewriter.rebased("../../media/a.jpg", from: "2024/x/index.html", to: "tags/t/feed.xml", pageAddress: nil)
    /// // "../../media/a.jpg"
    /// ReferenceRewriter.rebased("#note", from: "2024/x/index.html", to: "feed.xml", pageAddress: "https://n.example/2024/x/")
    /// // "https://n.example/2024/x/#note"
    /// ```
    static func rebased(_ reference: String, from page: String, to target: String, pageAddress: String?) -> String? {
        let trimmed = reference.trimmingWhitespace
        guard URLScheme.of(trimmed) == nil else { return nil }
        if let pageAddress {
            guard let pageURL = URL(string: pageAddress), let resolved = URL(string: trimmed, relativeTo: pageURL) else { return nil }
            return resolved.absoluteString
        }
        guard !trimmed.hasPrefix("/"), let pageURL = URL(string: localOrigin + page),
              let resolved = URL(string: trimmed, relativeTo: pageURL)?.absoluteString,
              resolved.hasPrefix(localOrigin) else { return nil }
        return SitePaths.root(from: target) + resolved.dropFirst(localOrigin.count)
    }

    /// A made-up origin that relative addresses are resolved against when the site has no base URL.
    private static let localOrigin = "http://site.invalid/"
}
