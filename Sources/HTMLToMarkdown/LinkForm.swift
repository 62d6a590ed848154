import ArticleModel

/// Chooses how a link is written.
enum LinkForm {
    /// Whether `href` can be written as an autolink `<https://…>` that libcmark reads back
    /// unchanged: a plainly written web address (``Swift/String/isWebAddress``) without
    /// spaces, controls, angle brackets, backslashes or `&` (libcmark decodes references in
    /// autolinks and takes no backslash escapes there).
    static func isAutolinkable(_ href: String) -> Bool {
        guard href.isWebAddress else { return false }
        return !href.utf8.contains { $0 <= 0x20 || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">")
            || $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "&") || $0 == 0x7F }
    }
}
