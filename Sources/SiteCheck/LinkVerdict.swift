import ArticleModel

/// What ``OutputIndex`` makes of one address: fine, a problem, or fine once the page it
/// leads to turns out to hold the anchor it names (known only when every page has been read).
enum LinkVerdict: Sendable {
    /// It leads to a file of the output, or elsewhere than the output.
    case fine
    /// It does not: what is wrong.
    case problem(Diagnostic)
    /// It leads to the page `page`, which must have an element with the id `fragment`.
    case needsAnchor(page: String, fragment: String)
}
