import ArticleModel
import MarkupTree

/// The stored pictures of a rewritten body (each an `<img src="STORE-FILE">`, see
/// ``BodyRewriter``) as one output shows them: pointing at the output's own copy, with its
/// width and height, or, when the output does not hold the picture, as the text every other
/// image gets: `[Image: alt] (view image)`, linking to the address it was fetched from.
enum PictureMarkup {
    /// The store file names of the body's pictures, in document order, once per place shown.
    static func storeNames(in nodes: [MarkupNode]) -> [String] {
        var names: [String] = []
        func walk(_ nodes: [MarkupNode]) {
            for case .element(let e) in nodes {
                if e.name == "img", let name = e.attribute("src") { names.append(name) }
                walk(e.children)
            }
        }
        walk(nodes)
        return names
    }

    /// `<p class="lead-image"><img src="STORE-FILE" alt="…"></p>`: the article's stored lead
    /// image, put first in a body that does not show the same picture already (as the
    /// article's page on the site shows it above the text).
    static func leadImage(_ file: MediaFile, alt: String) -> MarkupNode {
        let image = MarkupElement(name: "img", attributes: [MarkupAttribute("src", file.file), MarkupAttribute("alt", alt)])
        return .element(MarkupElement(name: "p", attributes: [MarkupAttribute("class", "lead-image")], children: [.element(image)]))
    }

    /// The entry's body with each picture resolved through `references` (by store file name);
    /// a picture without one is shown as its placeholder, in the words of `strings`.
    static func body(_ entry: BookEntry, references: [String: PictureReference], strings: UIStrings) -> [MarkupNode] {
        guard !entry.pictureUses.isEmpty else { return entry.body }
        return resolved(entry.body, pictures: entry.pictures, references: references, strings: strings, insideLink: false)
    }

    private static func resolved(_ nodes: [MarkupNode], pictures: [String: MediaFile],
                                 references: [String: PictureReference], strings: UIStrings, insideLink: Bool) -> [MarkupNode] {
        var out: [MarkupNode] = []
        out.reserveCapacity(nodes.count)
        for node in nodes {
            guard case .element(var e) = node else {
                out.append(node)
                continue
            }
            if e.name == "img" {
                out += picture(e, pictures: pictures, references: references, strings: strings, insideLink: insideLink)
                continue
            }
            e.children = resolved(e.children, pictures: pictures, references: references, strings: strings,
                                  insideLink: insideLink || e.name == "a")
            out.append(.element(e))
        }
        return out
    }

    private static func picture(_ e: MarkupElement, pictures: [String: MediaFile],
                                references: [String: PictureReference], strings: UIStrings, insideLink: Bool) -> [MarkupNode] {
        let name = e.attribute("src") ?? ""
        guard let reference = references[name] else {
            let link = insideLink ? nil : pictures[name].flatMap { WebAddress.absolute($0.source) }
            let alt = e.attribute("alt").flatMap { $0.isEmpty ? nil : $0 } ?? e.attribute("title") ?? ""
            return BodyRewriter.placeholder(for: "img", alt: alt.trimmingWhitespaceAndNewlines, link: link, strings: strings)
        }
        var attributes = [MarkupAttribute("src", reference.src)]
        attributes += e.attributes.filter { $0.name != "src" }
        if reference.width > 0, reference.height > 0 {
            attributes += [MarkupAttribute("width", String(reference.width)), MarkupAttribute("height", String(reference.height))]
        }
        return [.element(MarkupElement(name: "img", attributes: attributes))]
    }
}
