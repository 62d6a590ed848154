import ArticleModel
import Foundation
import MarkupTree

/// Rewrites an article body for offline reading in the EPUB and the digest:
///
/// - a picture in the media store (one of the article's ``ArticleModel/RenderedArticle/images``)
///   becomes `<img src="STORE-FILE" alt="…">`, which each output then points at its own copy
///   (see ``PictureMarkup``); any other image becomes its alt text and a link to it (a book
///   may hold no remote resource); video, audio and frames likewise;
/// - links keep only `http`, `https` and `mailto` targets, resolve relative ones against the
///   base URL (the article's source page, else the site's address), and point `#fragment`
///   links at the prefixed ids; other links, and fragments with no target, are unwrapped;
/// - ids get a per-article prefix so they stay unique in the one-file digest;
/// - elements outside a small XHTML-safe set are unwrapped (kept text) or dropped (scripts,
///   forms), and attributes outside an allowlist are removed;
/// - tables, lists, definition lists, figures and `details` are given the structure XHTML requires,
///   and list items, cells and the like outside their parents become `div`s or `span`s (see
///   ``ContentModel``).
struct BodyRewriter: Sendable {
    /// The address relative links and images are resolved against (see ``WebAddress``); may be empty.
    var baseURL: String
    /// Put before every id, such as `article-2024-budget--`.
    var idPrefix: String
    /// The stored pictures, by the exact `src` the body gives them.
    var images: [String: MediaFile]
    /// The words of the placeholders (`[Image: …] (view image)`).
    var strings: UIStrings
    /// The ids of the original body (before prefixing), for checking `#fragment` links.
    private var knownIDs: Set<String> = []
    /// The prefixed ids written so far, so a duplicate id is written once only.
    private var writtenIDs: Set<String> = []

    /// Creates a rewriter; `images` are the article's stored pictures by `src`.
    init(baseURL: String, idPrefix: String, images: [String: MediaFile] = [:], strings: UIStrings = .english) {
        self.baseURL = baseURL
        self.idPrefix = idPrefix
        self.images = images
        self.strings = strings
    }

    /// The rewritten nodes.
    func rewrite(_ nodes: [MarkupNode]) -> [MarkupNode] {
        var copy = self
        copy.knownIDs = BodyRewriter.ids(in: nodes)
        return ContentModel.adopted(copy.rewrite(nodes, insideLink: false), parent: "div")
    }

    private mutating func rewrite(_ nodes: [MarkupNode], insideLink: Bool) -> [MarkupNode] {
        var out: [MarkupNode] = []
        for node in nodes {
            switch node {
            case .text: out.append(node)
            case .comment: continue
            case .element(let e): out += rewrite(e, insideLink: insideLink)
            }
        }
        return out
    }

    private mutating func rewrite(_ e: MarkupElement, insideLink: Bool) -> [MarkupNode] {
        if BodyRewriter.dropped.contains(e.name) { return [] }
        if e.name == "img" { return picture(e, insideLink: insideLink) }
        if BodyRewriter.embedded.contains(e.name) { return placeholder(for: e, insideLink: insideLink) }
        if !BodyRewriter.kept.contains(e.name) { return rewrite(e.children, insideLink: insideLink) }
        if e.name == "a" { return link(e, insideLink: insideLink) }
        let attributes = allowedAttributes(of: e)
        let children = ContentModel.adopted(rewrite(e.children, insideLink: insideLink), parent: e.name)
        let element = MarkupElement(name: e.name, attributes: attributes, children: children)
        switch e.name {
        case "table": return ContentModel.table(element)
        case "dl": return [.element(ContentModel.definitionList(element))]
        case "details": return [.element(ContentModel.details(element))]
        case "ul", "ol": return [.element(ContentModel.list(element))]
        case "figure": return [.element(ContentModel.figure(element))]
        default: return [.element(element)]
        }
    }

    /// A stored picture as `<img>` naming its store file, with its alt text (empty when it has
    /// none) and allowed attributes; any other image as a placeholder.
    private mutating func picture(_ e: MarkupElement, insideLink: Bool) -> [MarkupNode] {
        guard let source = e.attribute("src"), let file = images[source] else { return placeholder(for: e, insideLink: insideLink) }
        let alt = (e.attribute("alt") ?? "").trimmingWhitespaceAndNewlines
        let attributes = [MarkupAttribute("src", file.file), MarkupAttribute("alt", alt)] + allowedAttributes(of: e)
        return [.element(MarkupElement(name: "img", attributes: attributes))]
    }

    /// A link with a usable target, or its content alone (also for a link nested in a link);
    /// content that was an anchor's target keeps its id on a `span`.
    private mutating func link(_ e: MarkupElement, insideLink: Bool) -> [MarkupNode] {
        var attributes = allowedAttributes(of: e)
        let children = rewrite(e.children, insideLink: true)
        guard !insideLink, let href = e.attribute("href").flatMap(linkTarget) else {
            let ids = attributes.filter { $0.name == "id" }
            guard !ids.isEmpty else { return children }
            return [.element(MarkupElement(name: "span", attributes: ids,
                                           children: ContentModel.adopted(children, parent: "span")))]
        }
        attributes.insert(MarkupAttribute("href", href), at: 0)
        return [.element(MarkupElement(name: "a", attributes: attributes,
                                       children: ContentModel.adopted(children, parent: "a")))]
    }

    /// The target to write for an `href`, or nil when the link should be unwrapped.
    private func linkTarget(_ href: String) -> String? {
        let trimmed = href.trimmingWhitespaceAndNewlines
        if trimmed.hasPrefix("#") {
            let fragment = String(trimmed.dropFirst())
            guard knownIDs.contains(fragment) else { return nil }
            return "#" + idPrefix + BodyRewriter.cleanID(fragment)
        }
        if trimmed.prefix(7).lowercased() == "mailto:" { return URL(string: trimmed) == nil ? nil : trimmed }
        return WebAddress.absolute(trimmed, base: baseURL)
    }

    private mutating func allowedAttributes(of e: MarkupElement) -> [MarkupAttribute] {
        var out: [MarkupAttribute] = []
        if let id = BodyRewriter.id(of: e) {
            let prefixed = idPrefix + BodyRewriter.cleanID(id)
            if writtenIDs.insert(prefixed).inserted { out.append(MarkupAttribute("id", prefixed)) }
        }
        for attribute in e.attributes where attribute.name != "id" {
            if let value = BodyRewriter.allowedValue(attribute, of: e.name) {
                out.append(MarkupAttribute(attribute.name, value))
            }
        }
        return out
    }
}
