import MarkupTree

/// A block's text, link text, links and images, counted in one walk (the separate
/// ``MarkupElement`` measures each walk the block again).
struct BlockMeasure {
    /// Characters of text, a whitespace run between words counted once (as ``MarkupElement/textLength``).
    private(set) var text = 0
    /// Characters of that text inside links.
    private(set) var linkText = 0
    /// Links, the block itself included.
    private(set) var links = 0
    /// Images.
    private(set) var images = 0

    /// Measures `element`.
    init(_ element: MarkupElement) {
        var pendingSpace = false
        walk(element, inLink: false, &pendingSpace)
    }

    /// The share of the text inside links, 0 when there is no text.
    var linkDensity: Double { text == 0 ? 0 : Double(linkText) / Double(text) }

    private mutating func walk(_ element: MarkupElement, inLink: Bool, _ pendingSpace: inout Bool) {
        let isLink = element.name == "a"
        if isLink { links += 1 }
        if element.name == "img" { images += 1 }
        for child in element.children {
            switch child {
            case .text(let string):
                for scalar in string.unicodeScalars {
                    if scalar.properties.isWhitespace {
                        pendingSpace = text > 0
                    } else {
                        let added = pendingSpace ? 2 : 1
                        text += added
                        if inLink || isLink { linkText += added }
                        pendingSpace = false
                    }
                }
            case .comment: break
            case .element(let inner) where !MarkupElement.unseen.contains(inner.name):
                walk(inner, inLink: inLink || isLink, &pendingSpace)
            case .element: break
            }
        }
    }
}
