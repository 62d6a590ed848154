import MarkupTree

/// Scores the blocks of a page the way readers find an article: each paragraph with enough
/// text gives points (one, plus one per comma, plus one per hundred characters up to three)
/// to its parent and half as many to its grandparent; a block starts from what its tag and
/// its class/id words say, and its total is cut by its link density.
///
/// Blocks are named by their path: the indexes of the children leading to them from the root.
struct ContentScorer {
    /// A block's path from the root, as child indexes.
    typealias Path = [Int]

    /// The shortest paragraph, in characters, that counts.
    static let shortestParagraph = 25

    /// Elements that make a `div` a container rather than a paragraph of its own.
    static let blockNames: Set<String> = [
        "p", "div", "section", "article", "main", "table", "ul", "ol", "dl", "pre", "blockquote", "figure",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "footer", "aside", "nav", "form", "hr",
    ]

    /// The score of every block that received points, before link density.
    private(set) var raw: [Path: Double] = [:]
    /// Every scored block, by path.
    private(set) var elements: [Path: MarkupElement] = [:]

    /// Scores every paragraph below `root`.
    init(_ root: MarkupElement) {
        visit(root, path: [], ancestors: [])
    }

    /// The final score of the block at `path`: its points times one minus its link density.
    func score(_ path: Path) -> Double {
        guard let points = raw[path], let element = elements[path] else { return 0 }
        return points * (1 - element.linkDensity)
    }

    /// The best-scored block's path, the earliest on a tie; nil when no paragraph counted.
    var best: Path? {
        var top: (path: Path, score: Double)?
        for path in raw.keys.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            let value = score(path)
            if top == nil || value > top!.score { top = (path, value) }
        }
        return top?.path
    }

    /// Whether `element` is a paragraph: a `p`, `pre`, `td` or `blockquote`, or a `div` with
    /// no block inside (text in divs, lines split by `<br>`).
    static func isParagraph(_ element: MarkupElement) -> Bool {
        switch element.name {
        case "p", "pre", "td", "blockquote": return true
        case "div", "section": return !element.childElements.contains { blockNames.contains($0.name) }
        default: return false
        }
    }

    /// The points one paragraph gives.
    static func points(_ element: MarkupElement) -> Double? {
        let text = element.plainText
        guard text.count >= shortestParagraph else { return nil }
        let commas = text.reduce(0) { $0 + (",，、;".contains($1) ? 1 : 0) }
        return 1 + Double(commas) + Double(min(text.count / 100, 3))
    }

    /// The points a block starts from: its tag, and its class and id words.
    static func startingPoints(_ element: MarkupElement) -> Double {
        var points: Double
        switch element.name {
        case "article": points = 10
        case "div", "main": points = 5
        case "section", "pre", "td", "blockquote": points = 3
        case "ol", "ul", "dl", "li", "form": points = -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": points = -5
        default: points = 0
        }
        let words = element.signalWords
        if words.contains(where: SignalWords.content.contains) { points += 25 }
        if SignalWords.furnitureKind(words) != nil { points -= 25 }
        if element.attribute("itemprop") == "articleBody" { points += 25 }
        return points
    }

    private mutating func visit(_ element: MarkupElement, path: Path, ancestors: [(Path, MarkupElement)]) {
        if Self.isParagraph(element), let points = Self.points(element) {
            if let (parentPath, parent) = ancestors.last { add(points, to: parentPath, parent) }
            if ancestors.count >= 2 {
                let (grandPath, grand) = ancestors[ancestors.count - 2]
                add(points / 2, to: grandPath, grand)
            }
        }
        let inner = ancestors + [(path, element)]
        for (index, child) in element.children.enumerated() {
            if let child = child.element { visit(child, path: path + [index], ancestors: inner) }
        }
    }

    private mutating func add(_ points: Double, to path: Path, _ element: MarkupElement) {
        if raw[path] == nil {
            raw[path] = Self.startingPoints(element)
            elements[path] = element
        }
        raw[path]! += points
    }
}
