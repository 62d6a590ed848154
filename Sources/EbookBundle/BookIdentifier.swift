import ArticleModel

/// The book's stable identifier when the site names none: a `urn:uuid:` made from a hash of
/// the title and base URL, so the same site always gets the same identifier.
enum BookIdentifier {
    /// `urn:uuid:xxxxxxxx-xxxx-8xxx-xxxx-xxxxxxxxxxxx` derived from `title` and `baseURL`.
    static func derived(title: String, baseURL: String) -> String {
        let seed = title + "\n" + baseURL
        var hex = Array(ContentHash.of("broadsheet-book-a\n" + seed) + ContentHash.of("broadsheet-book-b\n" + seed))
        hex[12] = "8"  // version 8: a custom, name-based UUID
        let variants: [Character] = ["8", "9", "a", "b"]
        hex[16] = variants[Int(String(hex[16]), radix: 16)! % 4]
        let text = String(hex)
        let parts = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { range in
            String(text.dropFirst(range.lowerBound).prefix(range.count))
        }
        return "urn:uuid:" + parts.joined(separator: "-")
    }
}
