/// Names what a URL attribute is for, in removal reports: `link`, `image`, `citation`.
enum URLKind {
    /// `link` for `href`, `image` for `img src`, `citation` for `cite`.
    static func describe(attribute: String, on element: String) -> String {
        switch attribute {
        case "href": return "link"
        case "src": return element == "img" ? "image" : "source"
        default: return "citation"
        }
    }
}
