import MarkupTree

extension ArticleMarkup {
    /// The body with its headings moved below the article's headline: the body's highest
    /// heading becomes level `below + 1`, the others keep their distance, capped at `h6`.
    /// In a chapter (headline `h1`) a body of `h2`/`h3` stays as it is; in the digest
    /// (headline `h3`) it becomes `h4`/`h5`.
    static func headings(_ nodes: [MarkupNode], below level: Int) -> [MarkupNode] {
        guard let top = highestHeading(in: nodes) else { return nodes }
        return shift(nodes, by: max(0, level + 1 - top))
    }

    private static func headingLevel(_ name: String) -> Int? {
        guard name.count == 2, name.first == "h", let digit = Int(name.dropFirst()), (1...6).contains(digit) else {
            return nil
        }
        return digit
    }

    private static func highestHeading(in nodes: [MarkupNode]) -> Int? {
        var best: Int?
        var stack = nodes
        while let node = stack.popLast() {
            guard case .element(let e) = node else { continue }
            if let level = headingLevel(e.name) { best = min(best ?? level, level) }
            stack += e.children
        }
        return best
    }

    private static func shift(_ nodes: [MarkupNode], by amount: Int) -> [MarkupNode] {
        guard amount > 0 else { return nodes }
        return nodes.map { node in
            guard case .element(var e) = node else { return node }
            if let level = headingLevel(e.name) { e.name = "h\(min(level + amount, 6))" }
            e.children = shift(e.children, by: amount)
            return .element(e)
        }
    }
}
