import ArticleModel
import HTMLSanitizer
import MarkdownRender
import MarkupTree

/// The plain text that lists, feeds and page descriptions show of an article
/// (``RenderedArticle/summary``): its summary rendered from Markdown, else the first words of
/// its rendered body. Both come from rendered HTML, never from Markdown source, so no
/// Markdown escape (`\[…]`) reaches a reader.
///
/// The body's start leaves out what is not prose: figures (the render step has made one of each
/// captioned picture, ``CaptionedFigures``), paragraphs of pictures, tables, code, and a
/// dateline, a paragraph or bold lead-in of a few capitalised words ending in a colon or a
/// dash (`Marrowby:`, `SEOUL —`). A summary ending in WordPress's `[…]` ends in `…`.
///
/// ```swift
/// // <figure><img src="q.jpg" /><figcaption>The quay at dawn</figcaption></figure><p><strong>Marrowby:</strong></p><p>Fares will rise.</p>
/// SummaryText.excerpt(of: body)   // "Fares will rise."
/// ```
enum SummaryText {
    /// How many words of the body an excerpt keeps before its `…`.
    static let excerptWords = 40

    /// The summary of `article`, whose sanitised body, with its figures made, is `body`.
    static func of(_ article: Article, body: MarkupElement) -> String {
        if let summary = article.summary {
            let text = rendered(summary)
            if !text.isEmpty { return text }
        }
        return excerpt(of: body)
    }

    /// The plain text of a Markdown summary, whitespace collapsed.
    static func rendered(_ markdown: String) -> String {
        let html = MarkdownRenderer.html(from: Markdown(markdown))
        let words = self.words(of: Sanitizer.clean(MarkupParser.html(html.html)).body, limit: .max)
        return endingMarked(words.joined(separator: " "))
    }

    /// The first ``excerptWords`` words of the body's prose, with `…` when there are more.
    static func excerpt(of body: MarkupElement) -> String {
        let words = self.words(of: body, limit: excerptWords + 1)
        guard words.count > excerptWords else { return endingMarked(words.joined(separator: " ")) }
        return words.prefix(excerptWords).joined(separator: " ") + "…"
    }

    /// The words of the prose blocks of `body`, in order, at most `limit` (whole blocks are
    /// read until there are enough).
    private static func words(of body: MarkupElement, limit: Int) -> [String] {
        var words: [String] = []
        for block in blocks(of: body) {
            if words.count >= limit { break }
            guard case .element(let element) = block else {
                words += split(block.textContent)
                continue
            }
            if isPictureOnly(element) || skipped.contains(element.name) || isDateline(element.textContent) {
                continue
            }
            words += split(text(of: withoutLeadingDateline(element)))
        }
        return Array(words.prefix(limit))
    }

    /// The body's children, with each run of text and inline elements between blocks as one
    /// paragraph, so inline text at the top level reads as a block too.
    private static func blocks(of body: MarkupElement) -> [MarkupNode] {
        var out: [MarkupNode] = []
        var run: [MarkupNode] = []
        func endRun() {
            if run.contains(where: { !$0.textContent.trimmingWhitespace.isEmpty }) {
                out.append(.element(MarkupElement(name: "p", children: run)))
            }
            run = []
        }
        for node in body.children {
            if let element = node.element, blockElements.contains(element.name) {
                endRun()
                out.append(node)
            } else if node.element != nil || !node.textContent.isEmpty {
                run.append(node)
            }
        }
        endRun()
        return out
    }

    /// The text of an element: inline elements joined as they stand, blocks and line breaks
    /// apart, skipped elements left out.
    private static func text(of element: MarkupElement) -> String {
        var out = ""
        for node in element.children {
            switch node {
            case .text(let text): out += text
            case .comment: break
            case .element(let child):
                if skipped.contains(child.name) { continue }
                if child.name == "br" { out += " "; continue }
                let inner = text(of: child)
                out += blockElements.contains(child.name) ? " " + inner + " " : inner
            }
        }
        return out
    }

    /// Whether the paragraph holds pictures and nothing else (an uncaptioned picture).
    private static func isPictureOnly(_ element: MarkupElement) -> Bool {
        guard element.name == "p", element.textContent.trimmingWhitespace.isEmpty else { return false }
        return containsPicture(element)
    }

    private static func containsPicture(_ element: MarkupElement) -> Bool {
        element.childElements.contains { $0.name == "img" || containsPicture($0) }
    }

    /// Whether `text` is a dateline: one to four words, each starting with a capital (or a
    /// digit), ending in `:`, `—`, `–` or ` -`.
    static func isDateline(_ text: String) -> Bool {
        let trimmed = text.trimmingWhitespace
        guard let last = trimmed.last, [":", "—", "–", "-"].contains(last) else { return false }
        let words = trimmed.dropLast().split(whereSeparator: \.isWhitespace)
        guard (1...4).contains(words.count) else { return false }
        return words.allSatisfy { word in
            guard let first = word.first(where: { $0.isLetter || $0.isNumber }) else { return false }
            return first.isUppercase || first.isNumber
        }
    }

    /// The paragraph without a bold dateline it starts with (`<strong>Seoul:</strong> North…`).
    private static func withoutLeadingDateline(_ element: MarkupElement) -> MarkupElement {
        guard element.name == "p",
              let first = element.children.firstIndex(where: { !($0.element == nil && $0.textContent.trimmingWhitespace.isEmpty) }),
              let lead = element.children[first].element, ["strong", "b"].contains(lead.name), isDateline(lead.textContent)
        else { return element }
        var copy = element
        copy.children.removeSubrange(...first)
        return copy
    }

    /// `text` with a final WordPress `[…]` (or `[...]`) written as `…` after the last word.
    private static func endingMarked(_ text: String) -> String {
        for marker in ["[…]", "[...]"] where text.hasSuffix(marker) {
            return String(text.dropLast(marker.count)).trimmingWhitespace + "…"
        }
        return text
    }

    private static func split(_ text: String) -> [String] {
        text.split(whereSeparator: { $0.isWhitespace }).map(String.init)
    }

    /// Elements that are not prose, left out of summaries with everything inside them.
    private static let skipped: Set<String> = ["figure", "figcaption", "img", "table", "pre", "hr", "script", "style"]

    /// Elements that separate the words around them.
    private static let blockElements: Set<String> = [
        "p", "div", "hr", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
        "blockquote", "pre", "figure", "figcaption", "table", "tr", "td", "th", "section", "article",
        "header", "footer", "aside", "caption", "thead", "tbody", "tfoot", "details", "summary",
    ]
}
