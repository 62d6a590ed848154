import ArticleModel
import CCmark
import Foundation

/// Renders Markdown to HTML with libcmark, the CommonMark reference implementation.
/// The only Swift code that imports libcmark.
///
/// Raw HTML in the Markdown (tables, figures) is passed through, so the result must go
/// through the sanitiser before it reaches a page: `Pipeline` does that.
///
/// ```swift
/// MarkdownRenderer.html(from: Markdown("*Hi* -- \"you\"")).html
/// // "<p><em>Hi</em> – “you”</p>\n"
/// ```
public enum MarkdownRenderer {
    /// Renders with smart punctuation, valid UTF-8 enforced, raw HTML kept.
    public static func html(from markdown: Markdown) -> HTMLFragment {
        let options = CMARK_OPT_SMART | CMARK_OPT_VALIDATE_UTF8 | CMARK_OPT_UNSAFE
        let bytes = Array(markdown.text.utf8)
        guard let rendered = cmark_markdown_to_html(bytes, bytes.count, options) else { return HTMLFragment("") }
        defer { free(rendered) }
        return HTMLFragment(String(cString: rendered))
    }
}
