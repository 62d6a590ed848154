import ArticleModel
import HTMLSanitizer
import MarkupTree

/// An HTML-to-Markdown converter with its cleaning rules compiled once; safe to share between
/// threads. ``HTMLToMarkdown/convert(_:rules:baseURL:)`` uses one.
public struct MarkdownConverter: Sendable {
    private let rules: CompiledRules

    /// Compiles `rules`. Patterns that are not valid regular expressions are skipped and
    /// reported as warnings in every conversion.
    public init(rules: CleaningRules = .standard) {
        self.rules = CompiledRules(rules)
    }

    /// Converts one HTML body, leaving relative URLs as they are.
    public func convert(_ html: HTMLFragment) -> Conversion {
        convert(html, baseURL: nil)
    }

    /// Converts one HTML body, making its relative links and image sources absolute against
    /// `baseURL` (the article's own address, an absolute `http` or `https` URL).
    ///
    /// `/a.jpg`, `../b/`, `c.html`, `?p=2` and `//cdn.example/d.png` are resolved as a browser
    /// would; fragment-only links (`#notes`), `mailto:` and absolute URLs are kept as they are,
    /// and other schemes are still removed by the sanitiser. With `baseURL` nil, relative URLs
    /// stay relative; a `baseURL` that is not an absolute `http`/`https` URL is ignored, with
    /// a warning.
    ///
    /// `context` is what is known of the article (author, title, date): a first or last
    /// paragraph that only repeats it, such as "By Jane Doe" or "June 28, 2024", is removed
    /// (rules `byline`, `dateline`, `repeated-title`). The default knows nothing.
    ///
    /// ```swift
    /// converter.convert(HTMLFragment(#"<a href="../b/">B</a>"#), baseURL: "https://news.example/2024/story/")
    /// // markdown "[B](https://news.example/2024/b/)\n"
    /// ```
    public func convert(_ html: HTMLFragment, baseURL: String?, context: ArticleContext = ArticleContext()) -> Conversion {
        let resolver = baseURL.flatMap(URLResolver.init)
        let parsed = MarkupParser.html(html.html).withLineFeeds
        var structural = StructuralCleaner(rules: rules, context: context)
        let unfurnished = structural.clean(parsed.children)
        var preCleaner = PreCleaner(dropClasses: rules.dropClasses, resolver: resolver)
        let unclassed = MarkupElement(name: "body", children: preCleaner.clean(unfurnished))
        let (clean, removed) = Sanitizer.clean(unclassed)
        var writer = BlockWriter(rules: rules)
        let text = writer.document(clean.children)
        var diagnostics = rules.problems + Self.warnings(removed) + structural.diagnostics + preCleaner.diagnostics
            + writer.diagnostics
        if let baseURL, resolver == nil {
            diagnostics.insert(Diagnostic(.warning, "base URL \"\(baseURL)\" is not an absolute http or https URL; relative URLs were kept"),
                               at: rules.problems.count)
        }
        if text.isEmpty, parsed.textContent.collapsedForRules.isEmpty, Self.hasTextOutsideTags(html.html) {
            diagnostics.insert(Diagnostic(.warning, "the HTML could not be parsed; nothing was kept",
                                          hint: "check the body for elements nested deeper than 256 levels"), at: 0)
        }
        return Conversion(markdown: Markdown(text.isEmpty ? "" : text + "\n"), diagnostics: diagnostics)
    }

    /// Whether the source has letters or digits outside tags and entities: if the parsed tree
    /// has no text, libxml2 gave up (it does past 256 levels of nesting).
    static func hasTextOutsideTags(_ html: String) -> Bool {
        var inTag = false
        var inEntity = false
        for byte in html.utf8 {
            switch byte {
            case UInt8(ascii: "<"): inTag = true
            case UInt8(ascii: ">"): inTag = false
            case UInt8(ascii: "&") where !inTag: inEntity = true
            case UInt8(ascii: ";"), 0x20, 0x0A: inEntity = false
            default:
                if !inTag, !inEntity, ByteClass.isAlphanumeric(byte) { return true }
            }
        }
        return false
    }

    /// The sanitiser's removals as warnings, repeated ones counted: `removed <script> (3 times)`.
    private static func warnings(_ removed: [String]) -> [Diagnostic] {
        var order: [String] = []
        var counts: [String: Int] = [:]
        for item in removed {
            if counts[item] == nil { order.append(item) }
            counts[item, default: 0] += 1
        }
        return order.map { item in
            let count = counts[item] ?? 1
            return Diagnostic(.warning, count > 1 ? "\(item) (\(count) times)" : item)
        }
    }
}
