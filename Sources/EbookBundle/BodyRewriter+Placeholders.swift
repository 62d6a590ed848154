import ArticleModel
import MarkupTree

extension BodyRewriter {
    /// `[Image: alt] (view image)`: the text shown instead of an image, video or frame, with a
    /// link to its source when that is a web address and the placeholder is not already in a link.
    func placeholder(for e: MarkupElement, insideLink: Bool) -> [MarkupNode] {
        let source = e.attribute("src") ?? e.attribute("data")
        let link = insideLink ? nil : source.flatMap { WebAddress.absolute($0, base: baseURL) }
        return BodyRewriter.placeholder(for: e.name, alt: BodyRewriter.altText(of: e), link: link, strings: strings)
    }

    /// The placeholder `span` for the media element `element` (`img`, `video`…), in the words of
    /// `strings`, linking to `link` when given.
    static func placeholder(for element: String, alt: String, link: String?, strings: UIStrings) -> [MarkupNode] {
        let kind = mediaKind(element)
        let name = strings.text("media_" + kind)
        var children: [MarkupNode] = [.text(alt.isEmpty ? "[\(name)]" : "[\(name): \(alt)]")]
        if let link {
            let anchor = MarkupElement(name: "a", attributes: [MarkupAttribute("href", link)],
                                       children: [.text(strings.text("view_" + kind))])
            children += [.text(" ("), .element(anchor), .text(")")]
        }
        return [.element(MarkupElement(name: "span", attributes: [MarkupAttribute("class", "media-placeholder")],
                                       children: children))]
    }

    /// The text a placeholder shows for an element: its alt text, else its title.
    static func altText(of e: MarkupElement) -> String {
        (e.attribute("alt") ?? e.attribute("title") ?? "").trimmingWhitespaceAndNewlines
    }

    /// `image`, `video`, `audio` or `embed`, for an element name: the end of the keys of its
    /// placeholder's words (`media_image`, `view_image`).
    static func mediaKind(_ element: String) -> String {
        switch element {
        case "img": return "image"
        case "video": return "video"
        case "audio": return "audio"
        default: return "embed"
        }
    }
}
