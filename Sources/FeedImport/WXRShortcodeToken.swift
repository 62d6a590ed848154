/// A piece of post HTML as ``Shortcodes`` sees it: HTML to copy, or a shortcode tag.
enum WXRShortcodeToken: Equatable {
    /// HTML (text, tags, or a `<pre>`/`<code>` element) that holds no shortcode to expand.
    case html(String)
    /// A shortcode tag.
    case shortcode(WXRShortcodeTag)

    /// The token as written.
    var source: String {
        switch self {
        case .html(let html): return html
        case .shortcode(let tag): return tag.source
        }
    }
}
