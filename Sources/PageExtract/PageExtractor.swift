import Foundation
import ArticleModel
import MarkupTree

/// Turns a whole web page into its article: the main content without the page's furniture,
/// and the metadata the page gives. The steps, in order:
///
/// 1. parse the page (``MarkupParser/htmlDocument(_:)``);
/// 2. drop the furniture: scripts, hidden blocks, landmarks and blocks named as menus, share
///    bars, cookie notices, comments, ads… (``FurnitureFilter``);
/// 3. find the article (``ContentPicker``, scoring with ``ContentScorer``);
/// 4. read the metadata (``MetadataReader``);
/// 5. tidy the article: link lists and the heading that repeats the title (``ContentTidier``).
///
/// ```swift
/// let page = PageExtractor.extract(html, file: "story.html")
/// page.metadata.title      // "Council approves the new tram line"
/// page.content             // <p>The city council…</p>…
/// page.diagnostics         // dropped the navigation (nav, 34 links): "Home World…"
/// ```
public enum PageExtractor {
    /// Extracts the article of the page `html`; `file` names it in diagnostics.
    public static func extract(_ html: String, file: String = "") -> ExtractedPage {
        let document = MarkupParser.htmlDocument(html)
        let body = document.child("body") ?? document
        var filter = FurnitureFilter(pageTextLength: body.textLength, file: file)
        let cleaned = filter.clean(body)
        let picker = ContentPicker(cleaned)
        var reader = MetadataReader(file: file)
        let metadata = reader.read(document, content: picker.content)
        var tidier = ContentTidier(title: metadata.title, file: file)
        let content = tidier.tidy(picker.content)
        var diagnostics = [filter.inertNote].compactMap { $0 } + filter.diagnostics
        diagnostics.append(Diagnostic(.note, file: file, "found the article: \(picker.how)"))
        diagnostics += tidier.diagnostics + reader.diagnostics
        return ExtractedPage(metadata: metadata, content: HTMLFragment(MarkupSerializer.innerHTML(content).trimmingCharacters(in: .whitespacesAndNewlines)),
                             diagnostics: diagnostics)
    }

    /// Whether `html` is a whole page (`<html>`, `<body>` or a doctype near its start) rather
    /// than a fragment: the test `convert` uses before it extracts.
    public static func isWholePage(_ html: String) -> Bool {
        MarkupParser.looksLikeDocument(html)
    }
}
