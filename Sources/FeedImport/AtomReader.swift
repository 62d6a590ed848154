import ArticleModel
import Foundation
import MarkupTree

/// Reads Atom 1.0 (RFC 4287) and Atom 0.3.
///
/// Per entry: `title`, `summary` and `content` (see ``text(_:)`` for types, 0.3's modes and
/// base64), the link (see ``link(_:)``; else an out-of-line `content src`), `id`, the
/// publication date (`published`, else 0.3's `issued`, `created`), the update date
/// (`updated`, else 0.3's `modified`), the authors (`name`, else `email`; else those of the
/// entry's `source`, else its contributors, else the feed's), every `category` (`term`, else
/// `label`) and `dc:subject`, and the lead image (an image `enclosure` link, else Media RSS).
/// The body is `content` when present, with `summary` as the summary; else `summary`.
enum AtomReader {
    /// Reads `data`, an Atom document; `file` names it in diagnostics.
    static func read(_ data: Data, file: String) -> FeedImportResult {
        let xml = FeedXML(data, file: file, itemName: "entry")
        guard let root = xml.root else { return FeedImportResult(feed: nil, diagnostics: xml.diagnostics) }
        if let failure = xml.malformedWithoutItems { return FeedImportResult(feed: nil, diagnostics: xml.diagnostics + [failure]) }
        let feedAuthor = root.child("author")?.text(of: "name")
        let feedDate = root.text(of: "updated", "modified").flatMap(FeedDate.parse)
        var assembler = EntryAssembler(file: file, feedDate: feedDate)
        let imported = xml.entries(&assembler) { entry, index, line in
            var raw = rawItem(entry, index: index, line: line)
            raw.author = raw.author ?? feedAuthor
            return raw
        }
        if xml.items.isEmpty {
            assembler.report(Diagnostic(.warning, "the feed has no entries",
                                        hint: "check that it is the feed you meant"))
        }
        var feed = Feed(format: .atom,
                        title: text(root.child("title")).map(PlainText.of),
                        link: link(root),
                        description: text(root.child("subtitle")).map(PlainText.of),
                        language: root.attribute("lang"),
                        updated: feedDate)
        feed.entries = imported
        return FeedImportResult(feed: feed, diagnostics: xml.diagnostics + assembler.diagnostics)
    }

    private static func rawItem(_ entry: MarkupElement, index: Int, line: Int?) -> RawItem {
        let summary = text(atomChild(entry, "summary"))
        let contents = entry.children("content").filter(isAtom)
        let content = contents.lazy.compactMap { text($0)?.trimmingWhitespace }.first { !$0.isEmpty }
        let hasContent = content != nil
        let outOfLine = contents.lazy.compactMap { MarkupElement.trimmed($0.attribute("src")) }.first
        let id = atomChild(entry, "id")?.textContent.trimmingWhitespace
        // Without a link, an id that is a web address is the article's address, as readers take it.
        let idLink = id.flatMap { $0.isWebAddress ? $0 : nil }
        return RawItem(index: index, line: line,
                       title: text(atomChild(entry, "title")),
                       link: link(entry) ?? (hasContent ? nil : outOfLine) ?? idLink,
                       guid: id,
                       published: dateText(entry, "published", "issued", "created") ?? entry.text(of: "date"),
                       updated: dateText(entry, "updated", "modified"),
                       author: authorName(entry),
                       tags: entry.children("category").filter(isAtom).compactMap(categoryName) + entry.texts(of: "subject"),
                       summary: hasContent ? summary : nil,
                       body: hasContent ? content : summary,
                       image: enclosureImage(entry) ?? entry.mediaImage)
    }

    /// The names of the entry's authors (`name`, else `email`), joined with ", "; else those of
    /// its `source`'s authors (an entry copied from another feed); else its contributors'.
    private static func authorName(_ entry: MarkupElement) -> String? {
        func names(_ element: MarkupElement?, _ kind: String) -> String? {
            let people = (element?.children(kind) ?? []).filter(isAtom)
            let found = people.compactMap { MarkupElement.trimmed($0.text(of: "name")) ?? MarkupElement.trimmed($0.text(of: "email")) }
            return found.isEmpty ? nil : found.joined(separator: ", ")
        }
        return names(entry, "author") ?? names(atomChild(entry, "source"), "author") ?? names(entry, "contributor")
    }

    /// A category's `term`, else its `label`, else its text.
    private static func categoryName(_ category: MarkupElement) -> String? {
        MarkupElement.trimmed(category.attribute("term")) ?? MarkupElement.trimmed(category.attribute("label"))
            ?? MarkupElement.trimmed(category.textContent)
    }

    /// The text of the first Atom child called one of `names` that holds any.
    private static func dateText(_ entry: MarkupElement, _ names: String...) -> String? {
        names.lazy.compactMap { MarkupElement.trimmed(atomChild(entry, $0)?.textContent) }.first
    }

    /// The article's link: among `link`s with a non-empty `href`, the first `rel="alternate"`,
    /// else the first without `rel`, else the first `type="text/html"` one that is not an
    /// enclosure or related link; else the text of a `link` that has no `href` (as some
    /// broken feeds write it).
    static func link(_ element: MarkupElement) -> String? {
        link(among: element.children("link").filter(isAtom))
    }

    /// The article's link among `links` (`link` elements), chosen as ``link(_:)`` says.
    static func link(among links: [MarkupElement]) -> String? {
        let usable = links.filter { MarkupElement.trimmed($0.attribute("href")) != nil }
        let chosen = usable.first { rel($0) == "alternate" }
            ?? usable.first { $0.attribute("rel") == nil }
            ?? usable.first { type($0) == "text/html" && rel($0) != "enclosure" && rel($0) != "related" }
        if let chosen { return MarkupElement.trimmed(chosen.attribute("href")) }
        return links.lazy.filter { $0.attribute("href") == nil }.compactMap { MarkupElement.trimmed($0.textContent) }.first
    }

    /// The `href` of the first `rel="enclosure"` link that is an image.
    private static func enclosureImage(_ entry: MarkupElement) -> String? {
        entry.children("link").filter(isAtom).lazy
            .filter { rel($0) == "enclosure" && MarkupElement.isImage(type: $0.attribute("type"), url: $0.attribute("href")) }
            .compactMap { MarkupElement.trimmed($0.attribute("href")) }.first
    }

    /// A link's relation, lowercased, with the IANA prefix of full relation IRIs removed.
    private static func rel(_ link: MarkupElement) -> String? {
        guard var rel = link.attribute("rel")?.trimmingWhitespace.lowercased() else { return nil }
        let iana = "http://www.iana.org/assignments/relation/"
        if rel.hasPrefix(iana) { rel.removeFirst(iana.count) }
        return rel
    }

    private static func type(_ element: MarkupElement) -> String {
        let type = element.attribute("type")?.trimmingWhitespace.lowercased() ?? ""
        return type.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? type
    }

    /// The first child called `name` in Atom's namespace (1.0 or 0.3) or in none, so that
    /// `media:content` or `media:title` never stand in for Atom's own elements.
    private static func atomChild(_ element: MarkupElement, _ name: String) -> MarkupElement? {
        element.children(name).first(where: isAtom)
    }

    private static func isAtom(_ element: MarkupElement) -> Bool {
        guard let namespace = element.namespace else { return !element.name.contains(":") }
        return namespace == "http://www.w3.org/2005/Atom" || namespace.hasPrefix("http://purl.org/atom/ns")
    }

    /// An Atom text or content construct as HTML, by its `type` (and Atom 0.3's `mode`):
    /// - `html`, `text/html`, 0.3's `mode="escaped"` with an HTML type: the text as written
    ///   (markup written unescaped inside is kept as HTML too);
    /// - `xhtml`, `application/xhtml+xml`, other XML types, 0.3's `mode="xml"` without a text
    ///   type: the inner HTML of its `div` (or of the element);
    /// - `mode="base64"`, or a type that is neither text nor XML (RFC 4287 §4.1.3.3): the
    ///   decoded bytes, read by the type (non-text types, such as images, give nil);
    /// - `text`, `text/plain`, other text types, none: the text escaped, unless it has a closing
    ///   tag (`</p>`), which means the feed put HTML there; with no type, child elements are
    ///   kept as HTML.
    static func text(_ element: MarkupElement?) -> String? {
        guard let element else { return nil }
        let type = type(element)
        let mode = element.attribute("mode")?.trimmingWhitespace.lowercased()
        if mode == "base64" || !(type.isEmpty || isHTMLType(type) || isXMLType(type) || isTextType(type)) {
            guard let decoded = decodedBase64(element.textContent) else { return nil }
            if isHTMLType(type) || isXMLType(type) { return decoded }
            return type.isEmpty || isTextType(type) ? plainText(decoded) : nil
        }
        if isHTMLType(type) {
            return element.childElements.isEmpty ? element.textContent : MarkupSerializer.innerHTML(element)
        }
        if isXMLType(type) || (type.isEmpty && mode == "xml") || (type.isEmpty && !element.childElements.isEmpty) {
            return MarkupSerializer.innerHTML(element.child("div") ?? element)
        }
        return plainText(element.textContent)
    }

    private static func isHTMLType(_ type: String) -> Bool { type == "html" || type == "text/html" }

    private static func isTextType(_ type: String) -> Bool { type == "text" || type.hasPrefix("text/") }

    private static func isXMLType(_ type: String) -> Bool {
        type == "xhtml" || type.hasSuffix("+xml") || type.hasSuffix("/xml")
    }

    /// Plain text as HTML: escaped, unless it holds a closing tag such as `</p>` (HTML the feed
    /// labelled as text), which is kept as HTML.
    private static func plainText(_ text: String) -> String {
        hasClosingTag(text) ? text : MarkupSerializer.escapeText(text)
    }

    private static func hasClosingTag(_ text: String) -> Bool {
        var previous: UInt8 = 0
        var afterSlash = false
        for b in text.utf8 {
            let letter = (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A)
            if afterSlash, letter { return true }
            afterSlash = previous == UInt8(ascii: "<") && b == UInt8(ascii: "/")
            previous = b
        }
        return false
    }

    /// The UTF-8 text of base64 `text` (line breaks and missing padding allowed); nil when it
    /// is not base64.
    private static func decodedBase64(_ text: String) -> String? {
        var digits = text.filter { !$0.isWhitespace }
        guard !digits.isEmpty else { return nil }
        while digits.count % 4 != 0 { digits += "=" }
        return Data(base64Encoded: digits).map { String(decoding: $0, as: UTF8.self) }
    }
}
