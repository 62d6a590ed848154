/// The allowlist: which elements and attributes survive, and which elements are removed
/// together with everything inside them.
///
/// Decisions: structural wrappers (`div`, `span`, `section`, `article`, `aside`, `header`,
/// `footer`) are kept, bare, since they are harmless and the converter unwraps them anyway;
/// `picture` and `source` are unwrapped (libxml2 does not know `source` is empty and nests
/// the fallback `img` inside it), so the `img` stays and `srcset` goes; `details`/`summary`
/// are kept; `class` survives only as `language-x` on `code`, which libcmark writes for fenced
/// code.
enum SanitizerPolicy {
    /// Elements kept as they are (with their allowed attributes).
    static let allowedElements: Set<String> = [
        "p", "h1", "h2", "h3", "h4", "h5", "h6",
        "em", "strong", "b", "i", "u", "s", "del", "ins", "mark", "small", "sub", "sup",
        "code", "kbd", "samp", "var", "q", "cite", "abbr", "time", "dfn",
        "a", "img", "br", "hr", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre",
        "figure", "figcaption",
        "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "colgroup", "col",
        "div", "span", "section", "article", "aside", "header", "footer",
        "details", "summary",
    ]

    /// Obsolete elements kept under the name HTML gives their meaning now: `strike` is `s`
    /// (struck-out text stays struck out, and valid in EPUB's XHTML).
    static let renamedElements: [String: String] = ["strike": "s"]

    /// Elements removed with their whole content: active content, forms, foreign markup and
    /// document-head elements.
    static let droppedElements: Set<String> = [
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "param",
        "form", "input", "button", "select", "option", "optgroup", "textarea", "fieldset", "legend",
        "datalist", "output", "noscript", "noembed", "noframes", "template", "svg", "math", "canvas",
        "head", "meta", "link", "base", "title", "dialog", "portal",
    ]

    /// Attributes allowed on every kept element.
    static let globalAttributes: Set<String> = ["lang", "dir"]

    /// Attributes allowed on particular elements.
    static let elementAttributes: [String: Set<String>] = [
        "a": ["href", "title"],
        "img": ["src", "alt", "title", "width", "height"],
        "abbr": ["title"],
        "dfn": ["title"],
        "th": ["colspan", "rowspan", "scope"],
        "td": ["colspan", "rowspan"],
        "col": ["span"],
        "colgroup": ["span"],
        "time": ["datetime"],
        "ol": ["start", "reversed"],
        "q": ["cite"],
        "blockquote": ["cite"],
        "del": ["cite", "datetime"],
        "ins": ["cite", "datetime"],
        "details": ["open"],
    ]

    /// Attributes whose value is a URL and must pass ``URLPolicy``.
    static let urlAttributes: Set<String> = ["href", "src", "cite"]

    /// Whether `name` may stay on `element`.
    static func allows(_ name: String, on element: String) -> Bool {
        globalAttributes.contains(name) || elementAttributes[element]?.contains(name) == true
    }
}
