import ArticleModel
import MarkupTree

/// Plain text as HTML paragraphs: blank lines separate paragraphs, each becomes `<p>…</p>`
/// with its text escaped and its lines kept.
enum TextParagraphs {
    /// The HTML of `lines`; empty when they hold no text.
    static func html(_ lines: [Substring]) -> String {
        var html = ""
        var paragraph: [String] = []
        func close() {
            guard !paragraph.isEmpty else { return }
            if !html.isEmpty { html += "\n" }
            html += "<p>" + MarkupSerializer.escapeText(paragraph.joined(separator: "\n")) + "</p>"
            paragraph = []
        }
        for line in lines {
            let text = String(line).trimmingWhitespace
            if text.isEmpty { close() } else { paragraph.append(text) }
        }
        close()
        return html
    }
}
