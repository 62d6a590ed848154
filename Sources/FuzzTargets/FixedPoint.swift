import ArticleModel
import HTMLSanitizer
import HTMLToMarkdown
import MarkdownRender
import MarkupTree

/// The converter's safety property, shared by the `html` fuzz target and any test that wants
/// it: HTML → Markdown → libcmark → sanitiser is a fixed point (the sanitiser finds nothing
/// to remove in what libcmark renders from the Markdown), and the rendered HTML holds no
/// active content (no element that runs or embeds anything, no `on…` attribute, no script URL).
public enum FixedPoint {
    /// What breaks the property for `markdown` (a converted body or an imported file); empty when it holds.
    public static func problems(markdown: Markdown) -> [String] {
        let rendered = MarkdownRenderer.html(from: markdown).html
        let tree = MarkupParser.html(rendered)
        let (clean, removed) = Sanitizer.clean(tree)
        var found: [String] = []
        if !removed.isEmpty { found.append("the sanitiser removed \(removed)") }
        let sanitised = MarkupSerializer.innerHTML(clean)
        if sanitised != MarkupSerializer.innerHTML(tree) { found.append("sanitised differently: \(sanitised.debugDescription)") }
        found += ActiveContent.find(in: rendered)
        return found.map { "\($0)\n  markdown: \(markdown.text.debugDescription)\n  rendered: \(rendered.debugDescription)" }
    }
}
