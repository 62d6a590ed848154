/// The `Content-Type` of a served file, by its extension (case-insensitive); text types say
/// UTF-8, which is what Broadsheet writes. An unknown extension is `application/octet-stream`.
///
/// ```swift
/// MediaType.of("tags/harbour/feed.xml")  // "application/xml; charset=utf-8"
/// MediaType.of("book.epub")              // "application/epub+zip"
/// ```
enum MediaType {
    /// Types by lowercase extension.
    static let byExtension: [String: String] = [
        "html": "text/html; charset=utf-8", "htm": "text/html; charset=utf-8",
        "css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8",
        "json": "application/json; charset=utf-8", "xml": "application/xml; charset=utf-8",
        "txt": "text/plain; charset=utf-8", "svg": "image/svg+xml",
        "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "webp": "image/webp",
        "avif": "image/avif", "gif": "image/gif", "ico": "image/x-icon",
        "epub": "application/epub+zip", "woff2": "font/woff2", "woff": "font/woff",
    ]

    /// The type of the file at `path`.
    static func of(_ path: String) -> String {
        let name = path.split(separator: "/").last ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "application/octet-stream" }
        return byExtension[name[name.index(after: dot)...].lowercased()] ?? "application/octet-stream"
    }

    /// Whether a file of `type` is a page, which gets the reload script.
    static func isPage(_ type: String) -> Bool {
        type.hasPrefix("text/html")
    }
}
