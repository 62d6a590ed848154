import ArticleModel
import MarkupTree

/// Reads the items of a `ul` or `ol`.
enum ListItems {
    /// The `li` children; a list placed directly inside the list (invalid HTML that editors
    /// write for a sub-list) joins the item before it, as browsers show it; other content
    /// between items becomes an item of its own.
    static func of(_ list: MarkupElement) -> [MarkupElement] {
        var items: [MarkupElement] = []
        for child in list.children {
            switch child {
            case .element(let e) where e.name == "li":
                items.append(e)
            case .element(let e) where (e.name == "ul" || e.name == "ol") && !items.isEmpty:
                items[items.count - 1].children.append(child)
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

    /// Whether an item needs blank lines between its blocks: it has a `p`, or two of its
    /// blocks would run together when written on consecutive lines (two paragraphs joining,
    /// text continuing a quote or list lazily, anything continuing a raw HTML block).
    static func isLoose(_ item: MarkupElement) -> Bool {
        var previous: BlockShape?
        var paragraphs = 0
        for shape in shapes(of: item) {
            if shape == .loose { return true }
            if shape == .paragraph { paragraphs += 1 }
            if let previous, runsTogether(previous, shape) { return true }
            previous = shape
        }
        return paragraphs > 1
    }

    private static func runsTogether(_ first: BlockShape, _ second: BlockShape) -> Bool {
        switch first {
        case .quote: return second == .quote || second == .paragraph
        case .list: return second == .paragraph
        case .raw: return true
        default: return false
        }
    }

    /// The shapes of an item's blocks, in order; consecutive inline content is one paragraph.
    private static func shapes(of item: MarkupElement) -> [BlockShape] {
        var shapes: [BlockShape] = []
        var inRun = false
        for child in item.children {
            guard let element = child.element, ElementKind.isBlock(element.name) else {
                let visible = child.element != nil || !child.textContent.collapsingHTMLWhitespaceIsEmpty
                if visible, !inRun { shapes.append(.paragraph) }
                inRun = inRun || visible
                continue
            }
            inRun = false
            shapes.append(BlockShape.of(element))
        }
        return shapes
    }
}
