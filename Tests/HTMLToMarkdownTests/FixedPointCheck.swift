import ArticleModel
import Foundation
import HTMLSanitizer
import HTMLToMarkdown
import MarkdownRender
import MarkupTree

/// The safety property of the converter: HTML → Markdown → libcmark → sanitiser must be a
/// fixed point (the sanitiser finds nothing to remove in what libcmark renders from the
/// Markdown), and the rendered HTML holds no active content.
enum FixedPointCheck {
    /// What went wrong for `html`, each problem with the Markdown and the rendered HTML;
    /// empty when the property holds.
    static func problems(_ html: String) -> [String] {
        let markdown = HTMLToMarkdown.convert(HTMLFragment(html)).markdown
        let rendered = MarkdownRenderer.html(from: markdown).html
        var found: [String] = []
        let tree = MarkupParser.html(rendered)
        let (clean, removed) = Sanitizer.clean(tree)
        if !removed.isEmpty { found.append("the sanitiser removed \(removed)") }
        let sanitised = MarkupSerializer.innerHTML(clean)
        if sanitised != MarkupSerializer.innerHTML(tree) { found.append("sanitised differently: \(sanitised.debugDescription)") }
        found += activeContent(in: rendered)
        found += unapprovedValues(in: tree, from: MarkupParser.html(html))
        return found.map { "\($0)\n  html: \(html)\n  markdown: \(markdown.text.debugDescription)\n  rendered: \(rendered.debugDescription)" }
    }

    /// Active content in `html`, read from its text with no HTML parser: elements that run or
    /// embed something, `on…` attributes, and script URLs in any attribute but `title` and
    /// `alt` (which are only shown), after decoding references and removing what a browser
    /// skips.
    static func activeContent(in html: String) -> [String] {
        var found: [String] = []
        for tag in html.matches(of: /<([A-Za-z][A-Za-z0-9:-]*)([^>]*)>/) {
            let name = tag.output.1.lowercased()
            if activeElements.contains(name) { found.append("<\(name)> element") }
            let attributes = String(tag.output.2)
            let names = attributes.replacing(/"[^"]*"|'[^']*'/, with: "\"\"")
            for match in names.matches(of: /[\s\/]([^\s=\/>"']+)/) where match.output.1.lowercased().hasPrefix("on") {
                found.append("\(match.output.1) attribute on <\(name)>")
            }
            for match in attributes.matches(of: /([^\s=\/>"']+)\s*=\s*"([^"]*)"/) {
                let attribute = match.output.1.lowercased()
                guard attribute != "title", attribute != "alt" else { continue }
                if let problem = scriptURL(String(match.output.2), attribute: attribute, on: name) { found.append(problem) }
            }
        }
        return found
    }

    /// URLs and titles in the rendered tree that are not, exactly, one in the input: libcmark
    /// must read back from the Markdown the very URL the sanitiser approved (its own
    /// percent-encoding and the tabs and line breaks browsers skip aside) and the very title
    /// (whitespace collapsed).
    static func unapprovedValues(in rendered: MarkupElement, from input: MarkupElement) -> [String] {
        let approvedURLs = Set(values(in: input) { urlAttributes.contains($0) }.map(comparableURL))
        let approvedTitles = Set(values(in: input) { $0 == "title" }.map(comparableTitle))
        var found: [String] = []
        for url in values(in: rendered, { urlAttributes.contains($0) }) where !approvedURLs.contains(comparableURL(url)) {
            found.append("URL not in the input: \(url.debugDescription)")
        }
        for title in values(in: rendered, { $0 == "title" }) where !approvedTitles.contains(comparableTitle(title)) {
            found.append("title not in the input: \(title.debugDescription)")
        }
        return found
    }

    private static let urlAttributes: Set<String> = ["href", "src", "cite", "data", "poster", "formaction"]

    private static func values(in element: MarkupElement, _ wanted: (String) -> Bool) -> [String] {
        var out = element.attributes.filter { wanted($0.name) }.map(\.value)
        for child in element.childElements { out += values(in: child, wanted) }
        return out
    }

    /// A URL percent-decoded, without tabs and line breaks, trimmed.
    private static func comparableURL(_ url: String) -> String {
        var bytes: [UInt8] = []
        let utf8 = Array(url.utf8).filter { $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }
        var i = 0
        while i < utf8.count {
            if utf8[i] == UInt8(ascii: "%"), i + 2 < utf8.count, let byte = UInt8(String(decoding: utf8[(i + 1)...(i + 2)], as: UTF8.self), radix: 16) {
                bytes.append(byte)
                i += 3
            } else {
                bytes.append(utf8[i])
                i += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A title with runs of whitespace and control characters as one space, trimmed.
    private static func comparableTitle(_ title: String) -> String {
        title.split(whereSeparator: { $0.unicodeScalars.allSatisfy { $0.value <= 0x20 || $0.value == 0x7F } })
            .joined(separator: " ")
    }

    private static let activeElements: Set<String> = [
        "script", "style", "iframe", "frame", "object", "embed", "applet", "svg", "math", "form", "button",
        "input", "base", "meta", "link", "template", "video", "audio", "source",
    ]

    /// A problem when `value` reads as a script URL, or a data URL other than a raster image
    /// in `img src`.
    private static func scriptURL(_ value: String, attribute: String, on element: String) -> String? {
        var decoded = value
        for _ in 0..<8 { decoded = CharacterReferences.decode(decoded) }
        let compact = String(String.UnicodeScalarView(decoded.unicodeScalars.filter {
            $0.value > 0x20 && !(0x7F...0xA0).contains($0.value) && !$0.properties.isWhitespace && $0.properties.generalCategory != .format
        })).lowercased()
        if compact.hasPrefix("javascript:") || compact.hasPrefix("vbscript:") || compact.hasPrefix("livescript:") {
            return "script URL in \(attribute) on <\(element)>: \(value)"
        }
        guard let scheme = URLScheme.of(value), scheme.isScriptOrData else { return nil }
        if element == "img", attribute == "src", compact.hasPrefix("data:image/png;") { return nil }
        return "\(scheme.name): URL in \(attribute) on <\(element)>: \(value)"
    }
}
