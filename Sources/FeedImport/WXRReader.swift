import ArticleModel
import Foundation
import MarkupTree

/// Reads a WordPress export (WXR 1.0 to 1.2: RSS 2.0 with `wp:`, `content:` and `excerpt:`
/// elements).
///
/// Published posts and pages become entries (pages flagged ``RawItem/isPage``; a
/// password-protected post is kept as a draft, ``RawItem/isDraft``, never published); drafts,
/// private, scheduled and trashed posts, revisions, menu items, attachments and other types are
/// counted in one note. Per post: `title`, `link`, `guid`, `wp:post_name`
/// (the slug, percent-decoded), `wp:post_date` with `wp:post_date_gmt` (the date and the site's
/// offset; else `pubDate`), `wp:post_modified`, `dc:creator` (the login, shown as the
/// `wp:author_display_name` of the channel's `wp:author`), categories and tags, `excerpt:encoded`
/// (the summary) and `content:encoded` (the body: paragraphs made by ``WPAutoP`` unless it is
/// block-editor content, then ``Shortcodes`` expanded), and the featured image (`_thumbnail_id`).
///
/// Every item is read before any post is assembled, since attachments may come after the
/// posts that show them. Per item, only the values needed are kept, not the element tree.
enum WXRReader {
    /// Reads `data`, a WordPress export; `file` names it in diagnostics.
    static func read(_ data: Data, file: String) -> FeedImportResult {
        let xml = FeedXML(data, file: file, itemName: "item")
        guard let root = xml.root else { return FeedImportResult(feed: nil, diagnostics: xml.diagnostics) }
        if let failure = xml.malformedWithoutItems { return FeedImportResult(feed: nil, diagnostics: xml.diagnostics + [failure]) }
        let channel = root.child("channel") ?? root
        let (posts, media, skipped, problems) = items(of: xml)
        var feed = channelFeed(channel)
        var assembler = EntryAssembler(file: file, feedDate: feed.updated)
        problems.forEach { assembler.report($0) }
        if let note = skipped.note { assembler.report(note) }
        let authors = authorNames(in: channel)
        let entries = posts.compactMap { entry(from: $0, authors: authors, media: media, assembler: &assembler) }
        if posts.isEmpty {
            assembler.report(Diagnostic(.warning, "the export has no published posts or pages",
                                        hint: "check that it is the export you meant and that its posts are published"))
        }
        feed.entries = entries
        return FeedImportResult(feed: feed, diagnostics: xml.diagnostics + assembler.diagnostics)
    }

    /// Every `<item>` of the export, parsed one at a time (see ``FeedXML``): the published
    /// posts and pages, the attachments, a count of everything else, and the problems of items
    /// that could not be read.
    static func items(of xml: FeedXML) -> (posts: [WXRPost], media: WXRMedia, skipped: WXRSkipTally, problems: [Diagnostic]) {
        var posts: [WXRPost] = []
        var media = WXRMedia()
        var skipped = WXRSkipTally()
        var problems: [Diagnostic] = []
        xml.forEachItem({ element, index, line, _ in WXRItem.read(element, index: index, line: line) }, { item, diagnostics in
            problems += diagnostics
            switch item {
            case .post(let post)?:
                posts.append(post)
            case .attachment(let attachment)?:
                media.add(attachment)
                skipped.count("attachment")
            case .skipped(let kind)?:
                skipped.count(kind)
            case nil:
                break
            }
        })
        return (posts, media, skipped, problems)
    }

    /// The channel's `wp:author` list: login → display name (the login when it has none).
    static func authorNames(in channel: MarkupElement) -> [String: String] {
        var names: [String: String] = [:]
        for author in WXRFields.elements(channel, "author") {
            guard let login = WXRFields.value(author, "author_login"), !login.isEmpty else { continue }
            let display = PlainText.of(WXRFields.value(author, "author_display_name") ?? "")
            names[login] = display.isEmpty ? login : display
        }
        return names
    }

    private static func channelFeed(_ channel: MarkupElement) -> Feed {
        Feed(format: .wordpress,
             title: channel.text(of: "title").map(PlainText.of),
             link: channel.text(of: "link")?.trimmingWhitespace,
             description: channel.text(of: "description").map(PlainText.of),
             language: channel.text(of: "language")?.trimmingWhitespace,
             updated: channel.text(of: "pubdate").flatMap(FeedDate.parse))
    }

    /// The entry for `post`, reporting what its body lost; nil when the assembler skips it.
    static func entry(from post: WXRPost, authors: [String: String], media: WXRMedia,
                      assembler: inout EntryAssembler) -> FeedEntry? {
        var shortcodes = Shortcodes(media: media, postID: post.id)
        var html: String?
        if let content = post.content { html = body(of: content, shortcodes: &shortcodes) }
        let image = post.thumbnailID.flatMap { media.attachment($0)?.url }
        let published = WXRDate.iso8601(local: post.date, gmt: post.dateGMT) ?? post.pubDate
        let modified = WXRDate.iso8601(local: post.modified, gmt: post.modifiedGMT)
        var raw = RawItem(index: post.index, line: post.line, title: post.title, link: post.link, guid: post.guid)
        raw.published = published
        raw.updated = WXRDate.later(modified, than: published)
        raw.author = post.creator.map { authors[$0] ?? $0 }
        raw.tags = post.terms
        raw.summary = post.excerpt.map { WPAutoP.html(from: $0) }
        raw.body = html
        raw.image = image
        raw.slug = post.name.map { $0.removingPercentEncoding ?? $0 }
        raw.isPage = post.isPage
        raw.isDraft = post.isProtected
        guard let entry = assembler.entry(from: raw) else { return nil }
        if post.isProtected {
            assembler.report(Diagnostic(.note, line: post.line, "password-protected: kept as a draft (draft: true), so it is not published",
                                        hint: "remove `draft: true` from its file to publish it").located(file: assembler.file, item: entry.location))
        }
        for diagnostic in losses(post, shortcodes, hasImage: image != nil) {
            assembler.report(diagnostic.located(file: assembler.file, item: entry.location))
        }
        return entry
    }

    /// The body HTML of stored post content: paragraphs (unless the block editor wrote it,
    /// which WordPress shows without `wpautop`), then shortcodes expanded.
    static func body(of content: String, shortcodes: inout Shortcodes) -> String {
        let marked = Shortcodes.markingBareEmbeds(content)
        let paragraphs = content.contains("<!-- wp:") ? marked : WPAutoP.html(from: marked)
        return shortcodes.expand(paragraphs)
    }

    /// What the post's body or featured image lost, for its diagnostics.
    private static func losses(_ post: WXRPost, _ shortcodes: Shortcodes, hasImage: Bool) -> [Diagnostic] {
        var found: [Diagnostic] = []
        if !shortcodes.removed.isEmpty {
            let names = unique(shortcodes.removed).joined(separator: ", ")
            let count = shortcodes.removed.count
            found.append(Diagnostic(.note, line: post.line,
                                    "removed \(count) \(count == 1 ? "shortcode" : "shortcodes") (\(names)) that only "
                                        + "the old site's plugins could draw",
                                    hint: "the export does not hold what they showed; "
                                        + "add it to the article by hand if it matters"))
        }
        if !shortcodes.missingAttachments.isEmpty {
            let ids = unique(shortcodes.missingAttachments.map(String.init)).joined(separator: ", ")
            found.append(Diagnostic(.warning, line: post.line,
                                    "the gallery shows attachment \(ids), which the export does not hold; left it out",
                                    hint: "export all content, media included, and import again"))
        }
        if let id = post.thumbnailID, !hasImage {
            found.append(Diagnostic(.warning, line: post.line,
                                    "the featured image (attachment \(id)) is not in the export; "
                                        + "the article has no lead image",
                                    hint: "export all content, media included, and import again"))
        }
        return found
    }

    private static func unique(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert($0).inserted }
    }
}
