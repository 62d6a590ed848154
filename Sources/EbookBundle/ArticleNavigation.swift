/// The small navigation at the end of every article of the book and the digest: a link to
/// the article before it and one to the article after it, in reading order, with `rel="prev"`
/// and `rel="next"` (the first article has no previous one, the last no next one):
///
/// ```html
/// <nav class="article-nav" aria-label="Before and after: Market day">
/// <p class="article-nav-previous"><a rel="prev" href="chapter-003.xhtml"><span aria-hidden="true">← </span>Previous: Crab season opens</a></p>
/// <p class="article-nav-next"><a rel="next" href="chapter-005.xhtml">Next: Quay repairs finished<span aria-hidden="true"> →</span></a></p>
/// </nav>
/// ```
///
/// The arrows point the way the book's language reads (the other way round in Arabic or
/// Hebrew) and are hidden from screen readers, which read the words.
enum ArticleNavigation {
    /// The `<nav>` for `entry`, linking `previous` and `next` through `href` (a chapter file
    /// in the EPUB, a `#fragment` in the digest); empty when it has neither.
    static func html(_ entry: BookEntry, previous: BookEntry?, next: BookEntry?, plan: BookPlan,
                     href: (BookEntry) -> String) -> String {
        guard previous != nil || next != nil else { return "" }
        let strings = plan.strings
        let (back, forward) = plan.direction == .rtl ? ("→", "←") : ("←", "→")
        var out = "<nav class=\"article-nav\" aria-label=\"\(attr(strings.text("article_nav", ["title": entry.headline])))\">\n"
        if let previous {
            let words = strings.text("previous_article", ["title": previous.headline])
            out += "<p class=\"article-nav-previous\"><a rel=\"prev\" href=\"\(attr(href(previous)))\">"
                + "<span aria-hidden=\"true\">\(back) </span>\(text(words))</a></p>\n"
        }
        if let next {
            let words = strings.text("next_article", ["title": next.headline])
            out += "<p class=\"article-nav-next\"><a rel=\"next\" href=\"\(attr(href(next)))\">"
                + "\(text(words))<span aria-hidden=\"true\"> \(forward)</span></a></p>\n"
        }
        return out + "</nav>\n"
    }
}
