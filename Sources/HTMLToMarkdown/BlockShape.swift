import MarkupTree

/// How a block behaves when the next block is written on the very next line, as in a tight
/// list item.
enum BlockShape: Equatable {
    /// Paragraph text: joins paragraph text next to it.
    case paragraph
    /// A block quote: text or a quote right after it continues it.
    case quote
    /// A list: text right after it continues its last item.
    case list
    /// A raw HTML block: runs on until a blank line.
    case raw
    /// Code blocks, headings and rules (`***`): closed on their own.
    case closed
    /// Something that needs blank lines whatever follows (`p`, a wrapper holding blocks).
    case loose

    /// The shape of a block element.
    static func of(_ element: MarkupElement) -> BlockShape {
        switch element.name {
        case "p", "dl": return .loose
        case "blockquote": return .quote
        case "ul": return .list
        case "ol": return ListItems.start(of: element) == 1 ? .list : .loose
        case "pre", "h1", "h2", "h3", "h4", "h5", "h6", "hr": return .closed
        case "figcaption": return .paragraph
        default:
            if ElementKind.rawBlocks.contains(element.name) { return .raw }
            let holdsBlocks = element.childElements.contains { ElementKind.isBlock($0.name) }
            return holdsBlocks ? .loose : .paragraph
        }
    }
}
