/// The attachments of a WordPress export, by id and by the post they belong to, gathered from
/// every item before any post is assembled (attachments may come after the posts using them).
struct WXRMedia {
    private var byID: [Int: WXRAttachment] = [:]

    /// Creates an empty collection.
    init() {}

    /// Adds `attachment`; a later one with the same id replaces an earlier one.
    mutating func add(_ attachment: WXRAttachment) {
        byID[attachment.id] = attachment
    }

    /// The attachment with `id`, if the export holds it.
    func attachment(_ id: Int) -> WXRAttachment? { byID[id] }

    /// The images uploaded to post `id`, in gallery order (menu order, then id).
    func images(childrenOf id: Int) -> [WXRAttachment] {
        byID.values.filter { $0.parent == id && $0.isImage }
            .sorted { ($0.menuOrder, $0.id) < ($1.menuOrder, $1.id) }
    }
}
