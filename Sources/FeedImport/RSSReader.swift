import ArticleModel
import Foundation
import MarkupTree

/// Reads RSS 2.0 (and 0.9x, and RSS 1.0 / RDF, whose items sit beside the channel).
///
/// Per item: `title` (else `dc:title`), `link` (else `atom:link`, a permalink `guid`,
/// `comments`, an `enclosure`), `guid` (else `dc:identifier`), the publication date (`pubDate`,
/// else `dc:date`, `dcterms:issued`, `dcterms:created`, `dcterms:available`, `dcterms:date`),
/// the update date (`dcterms:modified`, else `atom:updated`), `dc:creator` (else `author`,
/// `itunes:author`, `source`), every `category` (also inside a `<categories>` wrapper),
/// `dc:subject` and `<tags>`, `description`, `content:encoded` (else `xhtml:body`), and the
/// lead image (an image `enclosure`, else `media:content`, `media:thumbnail`, `itunes:image`).
/// The body is `content:encoded` when present, with `description` as the summary; else
/// `description`.
enum RSSReader {
    /// Reads `data`, an RSS or RDF document; `file` names it in diagnostics.
    static func read(_ data: Data, file: String, format: FeedFormat) -> FeedImportResult {
        let xml = FeedXML(data, file: file, itemName: "item")
        guard let root = xml.root else { return FeedImportResult(feed: nil, diagnostics: xml.diagnostics) }
        if let failure = xml.malformedWithoutItems { return FeedImportResult(feed: nil, diagnostics: xml.diagnostics + [failure]) }
        // A feed without <channel> keeps its metadata in the root; RSS 1.0 puts items beside
        // the channel; the splitter finds items wherever they are.
        let channel = root.child("channel") ?? root
        var feed = channelFeed(channel, format: format)
        var assembler = EntryAssembler(file: file, feedDate: feed.updated)
        let entries = xml.entries(&assembler) { item, index, line in rawItem(item, index: index, line: line) }
        if xml.items.isEmpty {
            assembler.report(Diagnostic(.warning, "the feed has no items", hint: "check that it is the feed you meant"))
        }
        feed.entries = entries
        return FeedImportResult(feed: feed, diagnostics: xml.diagnostics + assembler.diagnostics)
    }

    private static func channelFeed(_ channel: MarkupElement, format: FeedFormat) -> Feed {
        Feed(format: format,
             title: channel.text(of: "title").map(PlainText.of),
             link: channel.text(of: "link")?.trimmingWhitespace,
             description: channel.text(of: "description").map(PlainText.of),
             language: channel.text(of: "language")?.trimmingWhitespace,
             updated: channel.text(of: "lastbuilddate", "pubdate", "date").flatMap(FeedDate.parse))
    }

    private static func rawItem(_ item: MarkupElement, index: Int, line: Int?) -> RawItem {
        // Podcast and media feeds often say it only in `media:description` or `itunes:summary`.
        let description = core(item, "description")?.feedText ?? module(item, "description", dc)?.feedText
            ?? mediaDescription(item) ?? module(item, "summary", itunes)?.feedText
        let content = item.text(of: "encoded") ?? xhtmlBody(item)
        let hasContent = !(content?.trimmingWhitespace.isEmpty ?? true)
        let guid = MarkupElement.trimmed(core(item, "guid")?.textContent)
            ?? MarkupElement.trimmed(module(item, "identifier", dc)?.textContent)
        return RawItem(index: index, line: line,
                       title: core(item, "title")?.feedText ?? module(item, "title", dc)?.feedText,
                       link: link(item, guid: guid),
                       guid: guid,
                       published: published(item),
                       updated: updated(item),
                       author: author(item),
                       tags: tags(item),
                       summary: hasContent ? description : nil,
                       body: hasContent ? content : description,
                       image: enclosureImage(item) ?? item.mediaImage)
    }

    /// A module namespace: a fragment of its URI and its usual prefix.
    private typealias Module = (namespace: String, prefix: String)
    private static let dc: Module = ("purl.org/dc/elements", "dc")
    private static let dcterms: Module = ("purl.org/dc/terms", "dcterms")
    private static let atom: Module = ("w3.org/2005/Atom", "atom")
    private static let media: Module = ("search.yahoo.com/mrss", "media")
    private static let itunes: Module = ("itunes.com", "itunes")

    /// `media:description`, on the item or inside its `media:group` or `media:content`, as text.
    private static func mediaDescription(_ item: MarkupElement) -> String? {
        let holders = [item] + item.childElements.filter { $0.isNamed("group", namespace: media.namespace, prefix: media.prefix)
            || $0.isNamed("content", namespace: media.namespace, prefix: media.prefix) }
        for holder in holders {
            if let text = MarkupElement.trimmed(module(holder, "description", media)?.textContent) {
                return MarkupSerializer.escapeText(text)
            }
        }
        return nil
    }

    /// Namespaces of modules, whose elements never stand in for RSS's own (`atom:link`, `media:title`).
    private static let modules = ["purl.org/dc/", "w3.org/2005/Atom", "purl.org/atom/", "search.yahoo.com/mrss",
                                  "itunes.com", "purl.org/rss/1.0/modules/", "w3.org/1999/xhtml", "google.com"]

    /// The first child called `name` that belongs to RSS itself (no namespace, or RSS 0.9/1.0's).
    private static func core(_ item: MarkupElement, _ name: String) -> MarkupElement? {
        item.childElements.first { element in
            guard element.name == name else { return false }
            guard let namespace = element.namespace else { return true }
            return !modules.contains { namespace.contains($0) }
        }
    }

    /// The first child called `name` in `module` (or written with its prefix, undeclared).
    private static func module(_ item: MarkupElement, _ name: String, _ module: Module) -> MarkupElement? {
        item.childElements.first { $0.isNamed(name, namespace: module.namespace, prefix: module.prefix) }
    }

    /// The publication date as feed readers take it: `pubDate`, `dcterms:issued` or
    /// `atom:published`; when the item has no update date either, `dcterms:created`,
    /// `dcterms:available` or `dcterms:date`.
    private static func published(_ item: MarkupElement) -> String? {
        firstDate(item, [("pubdate", nil), ("issued", dcterms), ("published", atom)])
            ?? (updated(item) == nil ? firstDate(item, [("created", dcterms), ("available", dcterms), ("date", dcterms)]) : nil)
    }

    /// The update date: `dc:date` (RSS 1.0's usual date), `dcterms:modified` or `atom:updated`.
    private static func updated(_ item: MarkupElement) -> String? {
        firstDate(item, [("date", dc), ("modified", dcterms), ("updated", atom)])
    }

    /// The first of `fields` whose text is a date that can be read; else the first present,
    /// so the warning shows it (`<pubDate>garbage</pubDate><dc:date>2023-02-01</dc:date>` is
    /// dated by `dc:date`).
    private static func firstDate(_ item: MarkupElement, _ fields: [(String, Module?)]) -> String? {
        let found = texts(item, fields)
        return found.first { FeedDate.parse($0) != nil } ?? found.first
    }

    /// The trimmed, non-empty texts of `fields`, in that order.
    private static func texts(_ item: MarkupElement, _ fields: [(String, Module?)]) -> [String] {
        fields.compactMap { name, module in
            MarkupElement.trimmed((module.map { self.module(item, name, $0) } ?? core(item, name))?.textContent)
        }
    }

    /// The article's link: `link`, else an `atom:link` (see ``AtomReader/link(_:)``), else the
    /// guid when it is a permalink web address, else the `comments` page without its fragment,
    /// else the first enclosure's `url` (a podcast episode is a link article).
    private static func link(_ item: MarkupElement, guid: String?) -> String? {
        if let link = item.children("link").lazy.filter({ $0.attribute("href") == nil })
            .compactMap({ MarkupElement.trimmed($0.textContent) }).first {
            return link
        }
        if let link = AtomReader.link(among: item.childElements.filter(isAtomLink)) { return link }
        if let guid, core(item, "guid")?.attribute("isPermaLink") != "false", isWebAddress(guid) { return guid }
        if let comments = MarkupElement.trimmed(core(item, "comments")?.textContent), isWebAddress(comments) {
            return comments.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init)
        }
        return item.children("enclosure").lazy.compactMap { MarkupElement.trimmed($0.attribute("url")) }.first
    }

    /// A `link` with an `href`: `atom:link`, or an Atom-style link written without a namespace.
    private static func isAtomLink(_ element: MarkupElement) -> Bool {
        element.localName == "link" && element.attribute("href") != nil
    }

    private static func isWebAddress(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://")
    }

    /// Every `dc:creator` (joined with ", "), else `author` (`jane@example.com (Jane Doe)` gives
    /// the name), else `itunes:author`, else the publication named by `source`.
    private static func author(_ item: MarkupElement) -> String? {
        let creators = item.childElements.filter { $0.isNamed("creator", namespace: dc.namespace, prefix: dc.prefix) }
            .compactMap { MarkupElement.trimmed(PlainText.of($0.feedText)) }
        if !creators.isEmpty { return creators.joined(separator: ", ") }
        if let author = MarkupElement.trimmed(core(item, "author")?.feedText) { return authorName(author) }
        let itunes = item.childElements.first { $0.isNamed("author", namespace: "itunes.com/dtds/podcast", prefix: "itunes") }
        return MarkupElement.trimmed(itunes?.feedText) ?? MarkupElement.trimmed(core(item, "source")?.textContent)
    }

    /// Every `category` (its text, else its `term`, as `atom:category` writes it), the
    /// categories inside a non-standard `<categories>` wrapper, `dc:subject`, and `<tags>`
    /// (its `tag` children, else its text split at commas).
    private static func tags(_ item: MarkupElement) -> [String] {
        let categories = item.children("category")
            + item.children("categories").flatMap { $0.children("category") }
        var tags = categories.compactMap { MarkupElement.trimmed($0.textContent) ?? MarkupElement.trimmed($0.attribute("term")) }
        tags += item.childElements.filter { $0.isNamed("subject", namespace: dc.namespace, prefix: dc.prefix) }.map(\.textContent)
        for wrapper in item.children("tags") {
            let inner = wrapper.children("tag").map(\.textContent)
            tags += inner.isEmpty ? wrapper.textContent.split(separator: ",").map(String.init) : inner
        }
        return tags
    }

    /// The `url` of the first `enclosure` that is an image (by its `type`, else its file name).
    private static func enclosureImage(_ item: MarkupElement) -> String? {
        item.children("enclosure").lazy
            .filter { MarkupElement.isImage(type: $0.attribute("type"), url: $0.attribute("url")) }
            .compactMap { MarkupElement.trimmed($0.attribute("url")) }.first
    }

    /// The inner HTML of an `xhtml:body` (a full body some RSS feeds carry as XHTML).
    private static func xhtmlBody(_ item: MarkupElement) -> String? {
        item.childElements.first { $0.isNamed("body", namespace: "w3.org/1999/xhtml", prefix: "xhtml") }
            .map(MarkupSerializer.innerHTML)
    }

    /// `jane@example.com (Jane Doe)` → `Jane Doe`; anything else as written.
    static func authorName(_ text: String) -> String {
        let trimmed = text.trimmingWhitespace
        guard trimmed.hasSuffix(")"), let open = trimmed.firstIndex(of: "(") else { return trimmed }
        let inside = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
        let name = String(inside).trimmingWhitespace
        return name.isEmpty ? trimmed : name
    }
}
