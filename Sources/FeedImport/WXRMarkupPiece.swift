/// One piece of WordPress post markup, as ``WXRMarkupScanner`` splits it: text, a tag, or a
/// stretch kept exactly as written (a comment, or a whole `<pre>…</pre>` element).
enum WXRMarkupPiece: Equatable {
    /// Text between tags, as written (entities not decoded).
    case text(String)
    /// A start or end tag as written; `name` is lowercased, `closing` is true for `</name>`.
    case tag(String, name: String, closing: Bool)
    /// A comment (`name` is `!--`), a declaration (`!`), or a whole element whose content must
    /// not be touched, from its start tag to its end tag.
    case verbatim(String, name: String)

    /// The piece as written.
    var source: String {
        switch self {
        case .text(let text): return text
        case .tag(let raw, _, _), .verbatim(let raw, _): return raw
        }
    }
}
