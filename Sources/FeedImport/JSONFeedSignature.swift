import ArticleModel

/// Whether JSON text is a JSON Feed, decided by reading its tokens (no tree is built), so the
/// `version` key counts wherever it is, even after a long `items` array. It is a JSON Feed when
/// its top-level object has
/// - a `version` naming jsonfeed.org (`https://jsonfeed.org/version/1.1`), or
/// - a bare `version` (`"1.1"`, `"1"`, `1.1`) and an `items` array, or
/// - an `items` array holding an object that looks like a feed item: with `content_html` or
///   `content_text`, or with both `id` and `url` and one of `title`, `summary`,
///   `date_published`, `date_modified`.
///
/// Reading stops as soon as one of these is seen; a broken or cut text is judged on what came
/// before the break.
enum JSONFeedSignature {
    /// Whether `bytes` hold a JSON Feed.
    static func matches(_ bytes: [UInt8]) -> Bool {
        var scanner = JSONScanner(bytes)
        guard scanner.next() == .objectStart else { return false }
        var topKey: String?
        var bareVersion = false
        var hasItems = false
        var itemKeys = Set<String>()
        while let token = scanner.next() {
            switch (scanner.depth, token) {
            case (1, .key(let key)):
                topKey = key
            case (1, .string(let text)) where topKey == "version", (1, .number(let text)) where topKey == "version":
                if text.contains("jsonfeed.org/version") { return true }
                bareVersion = bareVersion || isBareVersion(text)
            case (2, .arrayStart) where topKey == "items":
                hasItems = true
            case (3, .objectStart) where topKey == "items" && hasItems:
                itemKeys = []
            case (3, .key(let key)) where topKey == "items" && hasItems:
                itemKeys.insert(key)
                if looksLikeItem(itemKeys) { return true }
            default:
                break
            }
            if bareVersion, hasItems { return true }
        }
        return false
    }

    /// `1`, `1.1`, `2.0.1`: digits and dots, starting with a digit.
    private static func isBareVersion(_ text: String) -> Bool {
        let trimmed = text.trimmingWhitespace
        guard let first = trimmed.utf8.first, first >= 0x30, first <= 0x39 else { return false }
        return trimmed.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: ".") }
    }

    private static func looksLikeItem(_ keys: Set<String>) -> Bool {
        if keys.contains("content_html") || keys.contains("content_text") { return true }
        let described = ["title", "summary", "date_published", "date_modified"].contains(where: keys.contains)
        return keys.contains("id") && keys.contains("url") && described
    }
}
