import MarkupTree

extension BodyRewriter {
    /// `[Image: alt] (view image)`: the text shown instead of an image, video or frame, with a
    /// link to its source when that is a web address and the placeholder is not already in a link.
    func placeholder(for e: MarkupElement, insideLink: Bool) -> [MarkupNode] {
        let alt = (e.attribute("alt") ?? e.attribute("title") ?? "").trimmingWhitespaceAndNewlines
        let kind = BodyRewriter.kindName(e.name)
        var children: [MarkupNode] = [.text(alt.isEmpty ? "[\(kind)]" : "[\(kind): \(alt)]")]
        let source = e.attribute("src") ?? e.attribute("data")
        if !insideLink, let url = source.flatMap({ WebAddress.absolute($0, base: baseURL) }) {
            let link = MarkupElement(name: "a", attributes: [MarkupAttribute("href", url)],
                                     children: [.text("view \(kind.lowercased())")])
            children += [.text(" ("), .element(link), .text(")")]
        }
        return [.element(MarkupElement(name: "span", attributes: [MarkupAttribute("class", "media-placeholder")],
                                       children: children))]
    }

    private static func kindName(_ element: String) -> String {
        switch element {
        case "img": return "Image"
        case "video": return "Video"
        case "audio": return "Audio"
        default: return "Embedded content"
        }
    }
}
