import ArticleModel
import MarkupTree

extension MarkupElement {
    /// The lead image an item names with Media RSS or iTunes elements, in this order: a
    /// `media:content` that is an image (`medium="image"`, an `image/…` type, or an image file
    /// name), a `media:thumbnail`, then `itunes:image href`. Media elements count directly in
    /// the item, inside `media:group` and (thumbnails) inside `media:content`.
    var mediaImage: String? {
        let direct = childElements.filter(\.isMediaRSS)
        let grouped = direct.filter { $0.localName == "group" }.flatMap { $0.childElements.filter(\.isMediaRSS) }
        let media = direct + grouped
        let contents = media.filter { $0.localName == "content" }
        if let image = contents.first(where: \.isMediaImage)?.mediaURL { return image }
        let thumbnails = media.filter { $0.localName == "thumbnail" }
            + contents.flatMap { $0.childElements.filter { $0.isMediaRSS && $0.localName == "thumbnail" } }
        if let thumbnail = thumbnails.lazy.compactMap(\.mediaURL).first { return thumbnail }
        let itunes = childElements.first { $0.isNamed("image", namespace: "itunes.com/dtds/podcast", prefix: "itunes") }
        return Self.trimmed(itunes?.attribute("href"))
    }

    /// The name without a prefix libxml2 kept because it was never declared (`media:content` → `content`).
    var localName: String { name.split(separator: ":").last.map(String.init) ?? name }

    /// `text` trimmed; nil when that leaves nothing.
    static func trimmed(_ text: String?) -> String? {
        guard let trimmed = text?.trimmingWhitespace, !trimmed.isEmpty else { return nil }
        return trimmed
    }

    /// Whether `type` (a MIME type), or else the file name in `url`, says this is an image.
    static func isImage(type: String?, url: String?) -> Bool {
        if let type = type?.trimmingWhitespace.lowercased(), !type.isEmpty { return type.hasPrefix("image/") }
        guard let url else { return false }
        let path = url.split(separator: "?", maxSplits: 1).first.map(String.init) ?? url
        let name = path.split(separator: "/").last.map { String($0).lowercased() } ?? ""
        return ["jpg", "jpeg", "png", "gif", "webp", "avif", "svg"].contains { name.hasSuffix("." + $0) }
    }

    /// Whether this element is `local` in a namespace whose URI contains `namespace`, or is
    /// written `prefix:local` with the prefix left undeclared.
    func isNamed(_ local: String, namespace fragment: String, prefix: String) -> Bool {
        if name == prefix + ":" + local { return true }
        return name == local && (namespace?.contains(fragment) ?? false)
    }

    private var isMediaRSS: Bool {
        if name.hasPrefix("media:") { return true }
        return namespace?.contains("search.yahoo.com/mrss") ?? false
    }

    private var isMediaImage: Bool {
        if let medium = attribute("medium")?.lowercased() { return medium == "image" }
        return Self.isImage(type: attribute("type"), url: mediaURL)
    }

    private var mediaURL: String? { Self.trimmed(attribute("url")) }
}
