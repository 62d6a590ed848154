import MarkupTree

extension MarkupElement {
    /// The element with its own and every descendant's name lowercased (attributes as they
    /// are): feeds in the wild write `<Title>` and `<PubDate>`, and readers treat element
    /// names without regard to case, as feed readers do.
    var lowercasingNames: MarkupElement {
        var copy = self
        copy.name = name.lowercased()
        copy.children = children.map { child in
            if case .element(let element) = child { return .element(element.lowercasingNames) }
            return child
        }
        return copy
    }
}
