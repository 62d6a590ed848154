import MarkupTree

/// Moves an article body's headings so its highest one is `h2`: the page's `h1` is the
/// article's title, and a body that starts at `h3` (common in feeds) or repeats `h1` would
/// otherwise break the outline screen readers navigate by. Relative levels are kept.
enum HeadingOutline {
    static let levels = ["h1", "h2", "h3", "h4", "h5", "h6"]

    /// `body` with its headings shifted so the highest is `h2` (never below `h6`).
    static func normalized(_ body: MarkupElement) -> MarkupElement {
        guard let top = highest(in: body) else { return body }
        return shifted(body, by: 2 - top)
    }

    private static func highest(in element: MarkupElement) -> Int? {
        var best = levels.firstIndex(of: element.name).map { $0 + 1 }
        for child in element.childElements {
            if let level = highest(in: child) { best = min(best ?? level, level) }
        }
        return best
    }

    private static func shifted(_ element: MarkupElement, by offset: Int) -> MarkupElement {
        guard offset != 0 else { return element }
        var copy = element
        if let index = levels.firstIndex(of: element.name) {
            copy.name = levels[min(5, max(1, index + offset))]
        }
        copy.children = element.children.map { node in
            guard case .element(let child) = node else { return node }
            return .element(shifted(child, by: offset))
        }
        return copy
    }
}
