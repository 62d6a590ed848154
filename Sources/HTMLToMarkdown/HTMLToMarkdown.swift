import ArticleModel
import HTMLSanitizer
import MarkupTree

/// Converts an article's HTML body to clean CommonMark: parse (libxml2, recovering like a
/// browser) → remove page furniture by structure (``StructuralRule``) → remove elements by
/// class (`CleaningRules.dropClasses`) and note code languages → sanitise (allowlist) → write
/// Markdown, dropping boilerplate blocks (`CleaningRules.dropText`).
///
/// ```swift
/// HTMLToMarkdown.convert(HTMLFragment("<p>Hello <em>world</em></p>")).markdown.text
/// // "Hello *world*\n"
/// ```
public enum HTMLToMarkdown {
    /// The standard rules, compiled once.
    static let standardConverter = MarkdownConverter(rules: .standard)

    /// Converts `html` with `rules`, making relative URLs absolute against `baseURL` when one
    /// is given and knowing `context`'s metadata (see
    /// ``MarkdownConverter/convert(_:baseURL:context:)``). For many articles with rules other
    /// than the standard ones, make one ``MarkdownConverter`` and reuse it: it compiles the
    /// rules once.
    public static func convert(_ html: HTMLFragment, rules: CleaningRules = .standard, baseURL: String? = nil,
                               context: ArticleContext = ArticleContext()) -> Conversion {
        let converter = rules == .standard ? standardConverter : MarkdownConverter(rules: rules)
        return converter.convert(html, baseURL: baseURL, context: context)
    }
}
