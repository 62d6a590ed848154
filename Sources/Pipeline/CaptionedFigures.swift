import MarkupTree

/// Makes a figure of every captioned picture in a rendered body. Markdown has no figure, so
/// the converter writes one as a paragraph holding only its picture, then its caption as a
/// paragraph in italics; libcmark renders those as two paragraphs, and this turns them back
/// into the figure the feed had:
///
/// ```markdown
/// ![The quay at dawn](https://x.example/quay.jpg)
///
/// *Pellingford Quay from the North Mole. Photo: [Ann](https://x.example/ann)*
/// ```
/// ```html
/// <figure><img src="https://x.example/quay.jpg" alt="The quay at dawn" /><figcaption>Pellingford
/// Quay from the North Mole. Photo: <a href="https://x.example/ann">Ann</a></figcaption></figure>
/// ```
///
/// The picture paragraph holds one `img` (or one `img` inside a link) and nothing but
/// whitespace; the caption paragraph comes straight after it and is one `em` (or `i`) with
/// text, whose content becomes the `figcaption` (a figure's caption needs no italics to be
/// one). Anything else stays as it was: an italic paragraph after text, two pictures in one
/// paragraph, a caption with text outside its emphasis. A picture without a caption stays a
/// paragraph too: a `figure` with nothing but the picture would show nothing more, and a
/// lone image in Markdown is often no figure at all (a badge, a chart inline with the text).
enum CaptionedFigures {
    /// `body` with each picture paragraph and the caption after it made one `figure`, at any
    /// depth (in quotes and list items too, never inside an existing figure).
    static func made(in body: MarkupElement) -> MarkupElement {
        guard body.name != "figure", body.childElements.contains(where: { !$0.childElements.isEmpty }) else { return body }
        var copy = body
        copy.children = []
        let children = body.children
        var index = 0
        while index < children.count {
            if let (figure, next) = figure(at: index, in: children) {
                copy.children.append(.element(figure))
                index = next
                continue
            }
            copy.children.append(children[index].element.map { .element(made(in: $0)) } ?? children[index])
            index += 1
        }
        return copy
    }

    /// The figure made of the picture paragraph at `index` and the caption paragraph after it,
    /// with the index that follows them; nil when the two are not there.
    private static func figure(at index: Int, in children: [MarkupNode]) -> (MarkupElement, Int)? {
        guard let paragraph = children[index].element, let picture = picture(in: paragraph) else { return nil }
        var next = index + 1
        while next < children.count, isBlank(children[next]) { next += 1 }
        guard next < children.count, let captionParagraph = children[next].element,
              let emphasis = caption(in: captionParagraph) else { return nil }
        let caption = MarkupElement(name: "figcaption", attributes: merged(captionParagraph.attributes, emphasis.attributes),
                                    children: emphasis.children)
        let figure = MarkupElement(name: "figure", attributes: paragraph.attributes,
                                   children: [.element(picture), .element(caption)])
        return (figure, next + 1)
    }

    /// The picture a paragraph holds and nothing else: one `img`, or one link holding one `img`.
    private static func picture(in paragraph: MarkupElement) -> MarkupElement? {
        guard paragraph.name == "p", let only = onlyElement(of: paragraph) else { return nil }
        if only.name == "img" { return only }
        guard only.name == "a", onlyElement(of: only)?.name == "img" else { return nil }
        return only
    }

    /// The emphasis a paragraph is wholly made of, when it has text: the caption.
    private static func caption(in paragraph: MarkupElement) -> MarkupElement? {
        guard paragraph.name == "p", let only = onlyElement(of: paragraph), only.name == "em" || only.name == "i",
              only.textContent.contains(where: { !$0.isWhitespace }) else { return nil }
        return only
    }

    /// The element that is the only content of `element` besides whitespace.
    private static func onlyElement(of element: MarkupElement) -> MarkupElement? {
        let content = element.children.filter { !isBlank($0) }
        guard content.count == 1 else { return nil }
        return content[0].element
    }

    /// Whether a node is whitespace text between blocks.
    private static func isBlank(_ node: MarkupNode) -> Bool {
        guard case .text(let text) = node else { return false }
        return text.allSatisfy(\.isWhitespace)
    }

    /// `first` followed by the attributes of `second` that `first` does not name.
    private static func merged(_ first: [MarkupAttribute], _ second: [MarkupAttribute]) -> [MarkupAttribute] {
        first + second.filter { attribute in !first.contains { $0.name == attribute.name } }
    }
}
