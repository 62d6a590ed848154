import MarkupTree

/// What one `<item>` of a WordPress export is: a published post or page to import, an
/// attachment other posts refer to, or something that is not an article (counted by kind).
enum WXRItem: Equatable {
    /// A published post or page.
    case post(WXRPost)
    /// A media item.
    case attachment(WXRAttachment)
    /// Anything else, with its kind as a ``WXRSkipTally`` key (`draft`, `revision`, …).
    case skipped(String)

    /// Statuses of unpublished posts with their own kind; any other becomes `status:NAME`.
    static let statusKinds: Set<String> = ["draft", "pending", "private", "future", "trash", "auto-draft"]

    /// Reads one `<item>`; `index` is its 1-based position, `line` where it starts.
    static func read(_ item: MarkupElement, index: Int, line: Int?) -> WXRItem {
        let type = WXRFields.value(item, "post_type")?.lowercased() ?? "post"
        let status = WXRFields.value(item, "status")?.lowercased() ?? "publish"
        switch type {
        case "post", "page":
            guard status == "publish" else {
                return .skipped(statusKinds.contains(status) ? status : "status:" + status)
            }
            // A password-protected post is kept, as a draft: nothing is lost, nothing is published.
            var post = WXRPost(item, index: index, line: line, isPage: type == "page")
            post.isProtected = !(WXRFields.value(item, "post_password") ?? "").isEmpty
            return .post(post)
        case "attachment":
            return attachment(item).map(WXRItem.attachment) ?? .skipped("attachment")
        case "revision", "nav_menu_item":
            return .skipped(type)
        default:
            return .skipped("type:" + type)
        }
    }

    /// The attachment in `item`, when it has an id and a file address.
    static func attachment(_ item: MarkupElement) -> WXRAttachment? {
        guard let id = WXRFields.number(item, "post_id") else { return nil }
        let url = WXRFields.value(item, "attachment_url") ?? item.child("guid")?.feedText.trimmingWhitespace ?? ""
        guard !url.isEmpty else { return nil }
        let meta = WXRFields.meta(item)
        return WXRAttachment(id: id, parent: WXRFields.number(item, "post_parent") ?? 0,
                             menuOrder: WXRFields.number(item, "menu_order") ?? 0, url: url,
                             alt: PlainText.of(meta["_wp_attachment_image_alt"] ?? ""),
                             caption: WXRFields.excerpt(item)?.trimmingWhitespace ?? "")
    }
}
