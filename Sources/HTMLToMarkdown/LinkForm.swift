/// Chooses how a link is written.
enum LinkForm {
    /// Whether `href` can be written as an autolink `<https://…>` that libcmark reads back
    /// unchanged: an absolute http(s) URL without spaces, angle brackets, backslashes or `&`.
    static func isAutolinkable(_ href: String) -> Bool {
        let lower = href.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else { return false }
        return !href.utf8.contains { $0 <= 0x20 || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">")
            || $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "&") || $0 == 0x7F }
    }
}
