import MarkupTree

extension BodyRewriter {
    /// `[Image: alt] (view image)`: the text shown instead of an image, video or frame, with a
    /// link to its source when that is a web address and the placeholder is not already in a link.
    func placeholder(for e: MarkupElement, insideLink: Bool) -> [MarkupNode] {
        let source = e.attribute("src") ?? e.attribute("data")
        let link = insideLink ? nil : source.flatMap { WebAddress.absolute($0, base: baseURL) }
        return BodyRewriter.placeholder(kind: BodyRewriter.kindName(e.name), alt: BodyRewriter.altText(of: e), link: link)
    }

    /// The placeholder `span` for media of `kind` (`Image`, `Video`…), linking to `link` when given.
    static func placeholder(kind: String, alt: String, link: String?) -> [MarkupNode] {
        var children: [MarkupNode] = [.text(alt.isEmpty ? "[\(kind)]" : "[\(kind): \(alt)]")]
        if let link {
            let anchor = MarkupElement(name: "a", attributes: [MarkupAttribute("href", link)],
                                       children: [.text("view \(kind.lowercased())")])
            children += [.text(" ("), .element(anchor), .text(")")]
        }
        return [.element(MarkupElement(name: "span", attributes: [MarkupAttribute("class", "media-placeholder")],
                                       children: children))]
    }

    /// The text a placeholder shows for an element: its alt text, else its title.
    static func altText(of e: MarkupElement) -> String {
        (e.attribute("alt") ?? e.attribute("title") ?? "").trimmingWhitespaceAndNewlines
    }

    /// `Image`, `Video`, `Audio` or `Embedded content`, for an element name.
    static func kindName(_ element: String) -> String {
        switch element {
        case "img": return "Image"
        case "video": return "Video"
        case "audio": return "Audio"
        default: return "Embedded content"
        }
    }
}
