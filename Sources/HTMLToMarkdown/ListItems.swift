import ArticleModel
import MarkupTree

/// Reads the items of a `ul` or `ol`.
enum ListItems {
    /// The `li` children; other content between items becomes an item of its own.
    static func of(_ list: MarkupElement) -> [MarkupElement] {
        var items: [MarkupElement] = []
        for child in list.children {
            switch child {
            case .element(let e) where e.name == "li":
                items.append(e)
            case .text(let t) where t.collapsingHTMLWhitespaceIsEmpty:
                continue
            case .comment:
                continue
            default:
                items.append(MarkupElement(name: "li", children: [child]))
            }
        }
        return items
    }

    /// The first number of an ordered list (`start`, default 1).
    static func start(of list: MarkupElement) -> Int {
        guard let value = list.attribute("start"), let number = Int(value.trimmingWhitespace) else { return 1 }
        return min(max(number, 0), 999_999_999)
    }

    /// Whether an item needs blank lines between its blocks: it has a `p`, or two blocks that
    /// would merge into one paragraph without a blank line between them.
    static func isLoose(_ item: MarkupElement) -> Bool {
        var count = 0
        var inRun = false
        for child in item.children {
            if let e = child.element, ElementKind.isBlock(e.name) {
                inRun = false
                if e.name == "p" { return true }
                if interruptsParagraph.contains(e.name), e.name != "ol" || start(of: e) == 1 { continue }
                count += 1
            } else if !inRun, !child.textContent.collapsingHTMLWhitespaceIsEmpty || child.element != nil {
                inRun = true
                count += 1
            }
        }
        return count > 1
    }

    /// Blocks that can follow a paragraph line directly without joining it (an ordered list
    /// only when it starts at 1).
    private static let interruptsParagraph: Set<String> = [
        "ul", "ol", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "table", "dl", "details",
    ]
}
