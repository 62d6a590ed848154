import MarkupTree

/// Cleans untrusted HTML against an allowlist: feed bodies before conversion, and libcmark's
/// output after rendering (defence in depth).
///
/// Kept: text, the elements and attributes of ``SanitizerPolicy``, and `http`, `https`,
/// `mailto`, relative and fragment URLs. Removed with their content: scripts, styles, frames,
/// plugins, forms, `svg`, `math` and head elements. Unknown elements are unwrapped (their
/// children are kept). Comments are dropped. Nothing is added (no `rel`, no `target`).
///
/// ```swift
/// Sanitizer.clean(html: #"<p onclick="x()">Hi<script>x()</script></p>"#)
/// // "<p>Hi</p>"
/// ```
public enum Sanitizer {
    /// Allowlist-cleans a parsed body; returns the clean tree and a list of what was removed,
    /// as plain strings such as `removed <script>`, `removed onclick attribute on <a>` or
    /// `removed javascript: link`. Class names, ids, styles and unknown elements go silently:
    /// they carry no content.
    public static func clean(_ body: MarkupElement) -> (body: MarkupElement, removed: [String]) {
        var walker = SanitizerWalk()
        let children = walker.clean(body.children)
        let clean = MarkupElement(name: body.name, attributes: [], children: children)
        return (clean, walker.removed)
    }

    /// Parses, cleans and re-serialises HTML. The output is well-formed XHTML too
    /// (void elements closed, attributes quoted).
    public static func clean(html: String) -> String {
        MarkupSerializer.innerHTML(clean(MarkupParser.html(html)).body)
    }
}
