import MarkupTree

/// Finds WordPress's own elements in an export: `wp:…` (namespace
/// `http://wordpress.org/export/1.x/`), `excerpt:encoded` and `content:encoded`, which share the
/// local name `encoded`. An undeclared prefix (`wp:post_type` read without a namespace) is
/// accepted too, since broken exports have them.
enum WXRFields {
    /// Whether `element` is `wp:name`.
    static func isWordPress(_ element: MarkupElement, _ name: String) -> Bool {
        if element.name == "wp:" + name { return true }
        guard element.name == name, let namespace = element.namespace else { return false }
        return isExportNamespace(namespace) && !namespace.hasSuffix("/excerpt/")
    }

    /// The trimmed text of the first `wp:name` child of `element`, if any.
    static func value(_ element: MarkupElement, _ name: String) -> String? {
        element.childElements.first { isWordPress($0, name) }?.feedText.trimmingWhitespace
    }

    /// The number in `wp:name`, if it holds one.
    static func number(_ element: MarkupElement, _ name: String) -> Int? {
        value(element, name).flatMap { Int($0) }
    }

    /// Every `wp:name` child of `element`.
    static func elements(_ element: MarkupElement, _ name: String) -> [MarkupElement] {
        element.childElements.filter { isWordPress($0, name) }
    }

    /// The item's `content:encoded`: the post as WordPress stores it.
    static func content(_ item: MarkupElement) -> String? {
        item.childElements.first { element in
            element.name == "content:encoded"
                || (element.name == "encoded" && !(element.namespace.map(isExportNamespace) ?? false))
        }?.feedText
    }

    /// The item's `excerpt:encoded`: the hand-written excerpt, empty when there is none.
    static func excerpt(_ item: MarkupElement) -> String? {
        item.childElements.first { element in
            element.name == "excerpt:encoded"
                || (element.name == "encoded" && (element.namespace?.hasSuffix("/excerpt/") ?? false))
        }?.feedText
    }

    /// The item's custom fields (`wp:postmeta`), key to value; the first of a repeated key wins.
    static func meta(_ item: MarkupElement) -> [String: String] {
        var meta: [String: String] = [:]
        for field in elements(item, "postmeta") {
            guard let key = value(field, "meta_key"), meta[key] == nil else { continue }
            meta[key] = value(field, "meta_value") ?? ""
        }
        return meta
    }

    private static func isExportNamespace(_ namespace: String) -> Bool {
        namespace.hasPrefix("http://wordpress.org/export/") || namespace.hasPrefix("https://wordpress.org/export/")
    }
}
