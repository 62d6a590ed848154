import MarkupTree

/// What a published post or page of a WordPress export holds, read from its `<item>` and kept
/// until the whole export is read (its gallery may use attachments listed after it).
struct WXRPost: Equatable {
    /// The item's 1-based position among all items of the file.
    var index: Int
    /// The line its `<item>` starts on, when known.
    var line: Int?
    /// `wp:post_id`.
    var id: Int?
    /// Whether it is a page (`wp:post_type` page) rather than a post.
    var isPage: Bool
    /// Whether the post has a password: it is imported as a draft, never published.
    var isProtected = false
    /// `title`.
    var title: String?
    /// `link`.
    var link: String?
    /// `guid`.
    var guid: String?
    /// `pubDate`, RFC 822.
    var pubDate: String?
    /// `wp:post_date`: the local time, `2024-06-28 12:22:37`.
    var date: String?
    /// `wp:post_date_gmt`: the same instant in UTC (`0000-00-00 00:00:00` for drafts).
    var dateGMT: String?
    /// `wp:post_modified`, local time.
    var modified: String?
    /// `wp:post_modified_gmt`.
    var modifiedGMT: String?
    /// `dc:creator`: the author's login.
    var creator: String?
    /// The names of its categories and tags, in file order.
    var terms: [String]
    /// `excerpt:encoded`.
    var excerpt: String?
    /// `content:encoded`.
    var content: String?
    /// `wp:post_name`, as written (percent-encoded when not ASCII).
    var name: String?
    /// The attachment id of its featured image (the `_thumbnail_id` custom field).
    var thumbnailID: Int?

    /// Taxonomies whose terms become tags: categories and tags (`tag` in WXR 1.0, none at all
    /// for WXR 1.0's plain `<category>`); not post formats, menus or plugin taxonomies.
    static let tagDomains: Set<String> = ["", "category", "post_tag", "tag"]

    /// Reads the post in `item`.
    init(_ item: MarkupElement, index: Int, line: Int?, isPage: Bool) {
        self.index = index
        self.line = line
        self.isPage = isPage
        id = WXRFields.number(item, "post_id")
        title = item.child("title").map(\.feedText)
        link = item.child("link")?.feedText.trimmingWhitespace
        guid = item.child("guid")?.feedText.trimmingWhitespace
        pubDate = item.child("pubdate")?.feedText
        date = WXRFields.value(item, "post_date")
        dateGMT = WXRFields.value(item, "post_date_gmt")
        modified = WXRFields.value(item, "post_modified")
        modifiedGMT = WXRFields.value(item, "post_modified_gmt")
        creator = item.text(of: "creator")?.trimmingWhitespace
        terms = Self.terms(of: item)
        excerpt = WXRFields.excerpt(item)
        content = WXRFields.content(item)
        name = WXRFields.value(item, "post_name")
        thumbnailID = WXRFields.meta(item)["_thumbnail_id"].flatMap { Int($0.trimmingWhitespace) }
    }

    /// The names of the item's categories and tags. WordPress's default category
    /// (`uncategorized`) says nothing and is left out.
    static func terms(of item: MarkupElement) -> [String] {
        item.childElements.compactMap { element in
            guard element.name == "category", element.namespace == nil,
                  tagDomains.contains(element.attribute("domain") ?? "") else { return nil }
            let nicename = element.attribute("nicename")?.trimmingWhitespace ?? ""
            let name = element.textContent.trimmingWhitespace
            guard nicename.lowercased() != "uncategorized",
                  nicename.isEmpty ? name.lowercased() != "uncategorized" : true else { return nil }
            return name.isEmpty ? (nicename.isEmpty ? nil : nicename) : name
        }
    }
}
