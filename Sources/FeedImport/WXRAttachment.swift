/// A media item of a WordPress export (`wp:post_type` attachment): what galleries and featured
/// images need of it.
struct WXRAttachment: Equatable {
    /// `wp:post_id`.
    var id: Int
    /// `wp:post_parent`: the post the file was uploaded to, 0 when none.
    var parent: Int
    /// `wp:menu_order`: its place in the parent's gallery.
    var menuOrder: Int
    /// `wp:attachment_url`: where the file is.
    var url: String
    /// The alternative text (the `_wp_attachment_image_alt` meta value), as plain text.
    var alt: String
    /// The caption (`excerpt:encoded`), as HTML, empty when none.
    var caption: String

    /// File name endings of images; other attachments (PDFs, audio) are left out of galleries.
    static let imageEndings: Set<String> = ["jpg", "jpeg", "png", "gif", "webp", "avif", "svg", "bmp", "tif", "tiff",
                                            "heic"]

    /// Whether the file is an image, judged by its name.
    var isImage: Bool {
        let path = url.split(whereSeparator: { $0 == "?" || $0 == "#" }).first.map(String.init) ?? url
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return false }
        return Self.imageEndings.contains(path[path.index(after: dot)...].lowercased())
    }
}
