import MarkupTree

extension MarkupElement {
    /// The element's content as feeds mean it: its text (CDATA and entities decoded), or its
    /// inner HTML when it holds unescaped child elements (XHTML pasted into a feed).
    var feedText: String {
        childElements.isEmpty ? textContent : MarkupSerializer.innerHTML(self)
    }

    /// The trimmed text of the first child element named `name` (any of `names`), if any.
    func text(of names: String...) -> String? {
        for name in names {
            if let element = childElements.first(where: { $0.name == name || $0.name.hasSuffix(":" + name) }) {
                return element.feedText
            }
        }
        return nil
    }

    /// The texts of every child element named `name`.
    func texts(of name: String) -> [String] {
        childElements.filter { $0.name == name }.map(\.textContent)
    }
}
