import ArticleModel

/// Finds active content in HTML text without an HTML parser (so a bug shared with the parser
/// cannot hide it): elements that run or embed something, `on…` attributes, and script URLs
/// in any attribute but `title` and `alt` (which are only shown), after decoding character
/// references and removing what a browser skips inside a scheme.
public enum ActiveContent {
    /// Elements that run, embed or submit something.
    static let elements: Set<String> = [
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "svg", "math",
        "form", "button", "input", "base", "meta", "link", "template", "video", "audio", "source",
    ]

    /// One line per piece of active content in `html`; empty when there is none.
    public static func find(in html: String) -> [String] {
        var found: [String] = []
        var scanner = TagScanner(html)
        while let tag = scanner.nextTag() {
            if elements.contains(tag.name) { found.append("<\(tag.name)> element") }
            for (name, value) in tag.attributes {
                if name.hasPrefix("on") { found.append("\(name) attribute on <\(tag.name)>") }
                guard name != "title", name != "alt", let value else { continue }
                if let problem = scriptURL(value, attribute: name, element: tag.name) { found.append(problem) }
            }
        }
        return found
    }

    /// A problem when `value` reads as a script URL, or as a data URL anywhere but a raster
    /// image in `img src`.
    static func scriptURL(_ value: String, attribute: String, element: String) -> String? {
        var decoded = value
        for _ in 0..<8 { decoded = CharacterReferences.decode(decoded) }
        let compact = String(String.UnicodeScalarView(decoded.unicodeScalars.filter(isKept))).lowercased()
        for scheme in ["javascript:", "vbscript:", "livescript:"] where compact.hasPrefix(scheme) {
            return "script URL in \(attribute) on <\(element)>: \(value)"
        }
        guard let scheme = URLScheme.of(value), scheme.isScriptOrData else { return nil }
        if element == "img", attribute == "src", compact.hasPrefix("data:image/png;") || compact.hasPrefix("data:image/jpeg;") || compact.hasPrefix("data:image/gif;") {
            return nil
        }
        return "\(scheme.name): URL in \(attribute) on <\(element)>: \(value)"
    }

    /// False for what a browser skips when it reads a scheme: controls, spaces and format characters.
    private static func isKept(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value > 0x20 && !(0x7F...0xA0).contains(scalar.value) && !scalar.properties.isWhitespace
            && scalar.properties.generalCategory != .format
    }
}
