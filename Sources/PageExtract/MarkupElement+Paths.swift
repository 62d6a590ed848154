import MarkupTree

extension MarkupElement {
    /// The element at `path` (child indexes from this one), if there is one.
    func element(at path: [Int]) -> MarkupElement? {
        var current = self
        for index in path {
            guard current.children.indices.contains(index), let next = current.children[index].element else { return nil }
            current = next
        }
        return current
    }

    /// The paths of every element below this one for which `matches` holds, in document order.
    func paths(where matches: (MarkupElement) -> Bool, from path: [Int] = []) -> [[Int]] {
        var found: [[Int]] = []
        for (index, child) in children.enumerated() {
            guard let inner = child.element else { continue }
            if matches(inner) { found.append(path + [index]) }
            found += inner.paths(where: matches, from: path + [index])
        }
        return found
    }

    /// Whether this element or one below it satisfies `matches`.
    func contains(where matches: (MarkupElement) -> Bool) -> Bool {
        matches(self) || childElements.contains { $0.contains(where: matches) }
    }
}
