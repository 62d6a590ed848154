import MarkupTree

/// Finds the article in a page already rid of its furniture (see ``FurnitureFilter``).
///
/// 1. The first of `[itemprop=articleBody]` (or `[name=articleBody]`), the largest `article`
///    and `main` that holds at least half the page's text: that element, whole.
/// 2. Else the best-scored block (``ContentScorer``) and the siblings that belong to it: a
///    sibling scored at least a fifth as well (at least 10 points) with less than a third of
///    its text in links, a paragraph of more than 80 characters with little link text, or a
///    shorter one with no links that reads as a sentence; and whatever lies between two of
///    those with little link text (subheadings, figures). This keeps an article split in
///    parts by advertisements.
/// 3. Never less than the page's longest run of paragraphs: when the choice holds less text,
///    the run's parent is taken instead.
/// 4. A page with no paragraph long enough to score keeps its whole body.
struct ContentPicker {
    /// The share of the page's text a preferred element (`article`, `main`) must hold.
    static let preferredShare = 0.5
    /// The most link text a well-scored sibling may have (a rail of teasers scores well too).
    static let siblingLinkDensity = 0.33

    /// The chosen content, as a `div` holding the chosen nodes.
    let content: MarkupElement
    /// How it was chosen, for a diagnostic.
    let how: String

    /// Picks the article of `body`.
    init(_ body: MarkupElement) {
        let pageText = body.textLength
        var chosen: MarkupElement
        var how: String
        if let preferred = Self.preferred(in: body).first(where: { Double($0.textLength) >= Self.preferredShare * Double(pageText) }) {
            chosen = MarkupElement(name: "div", children: preferred.children)
            how = "kept the page's \(Self.describe(preferred))"
        } else if let scored = Self.scored(body) {
            (chosen, how) = scored
        } else {
            chosen = MarkupElement(name: "div", children: body.children)
            how = "no paragraph long enough to find the article by; kept the whole page"
        }
        if let run = Self.longestParagraphRun(in: body), run.length > chosen.textLength {
            chosen = MarkupElement(name: "div", children: run.parent.children)
            how = "kept the block holding the page's longest run of paragraphs (\(run.length) characters)"
        }
        self.content = chosen
        self.how = how
    }

    /// The elements markup says are the article, most specific first: every
    /// `[itemprop=articleBody]`, the `article` with the most text, the first `main`.
    static func preferred(in body: MarkupElement) -> [MarkupElement] {
        let bodies = body.paths { $0.attribute("itemprop") == "articleBody" || $0.attribute("name") == "articleBody" }
            .compactMap(body.element(at:))
        let articles = body.paths { $0.name == "article" }.compactMap(body.element(at:))
        let largest = articles.max(by: { $0.textLength < $1.textLength })
        let main = body.paths { $0.name == "main" || $0.role == "main" }.first.flatMap(body.element(at:))
        return bodies + [largest, main].compactMap { $0 }
    }

    /// The best-scored block with the siblings that belong to it; nil when nothing scored.
    static func scored(_ body: MarkupElement) -> (MarkupElement, String)? {
        let scorer = ContentScorer(body)
        guard let best = scorer.best, let top = body.element(at: best) else { return nil }
        let topScore = scorer.score(best)
        guard let parentPath = best.isEmpty ? nil : Array(best.dropLast()), let parent = body.element(at: parentPath) else {
            return (MarkupElement(name: "div", children: top.children), "kept the best-scored block, the whole page")
        }
        let threshold = max(10, topScore * 0.2)
        var keptIndexes: [Int] = []
        for (index, node) in parent.children.enumerated() {
            guard let sibling = node.element else { continue }
            let path = parentPath + [index]
            let similar = scorer.score(path) >= threshold && sibling.linkDensity < Self.siblingLinkDensity
            if path == best || similar || belongs(sibling) { keptIndexes.append(index) }
        }
        // Headings, figures and lists between two kept parts belong to the article too.
        if let first = keptIndexes.first, let last = keptIndexes.last {
            for index in first...last where !keptIndexes.contains(index) {
                if let between = parent.children[index].element, between.linkDensity < 0.5 { keptIndexes.append(index) }
            }
        }
        keptIndexes.sort()
        let kept = keptIndexes.map { parent.children[$0] }
        let siblings = keptIndexes.count - 1
        let also = siblings == 0 ? "" : " and \(siblings) sibling block\(siblings == 1 ? "" : "s") that belong to it"
        return (MarkupElement(name: "div", children: kept), "kept the best-scored block (\(describe(top)), score \(Int(topScore.rounded())))\(also)")
    }

    /// Whether a sibling of the best block is part of the article by its own text.
    static func belongs(_ element: MarkupElement) -> Bool {
        guard element.name == "p" || ContentScorer.isParagraph(element) else { return false }
        let length = element.textLength
        let density = element.linkDensity
        if length > 80 { return density < 0.25 }
        let text = element.plainText
        return length > 0 && density == 0 && (text.hasSuffix(".") || text.contains(". "))
    }

    /// The run of consecutive `p` siblings with the most text anywhere in `root`.
    static func longestParagraphRun(in root: MarkupElement) -> (parent: MarkupElement, length: Int)? {
        var best: (parent: MarkupElement, length: Int)?
        var current = 0
        for child in root.children {
            switch child {
            case .text(let text) where text.allSatisfy(\.isWhitespace): continue
            case .element(let element) where element.name == "p":
                current += element.textLength
                if current > (best?.length ?? 0) { best = (root, current) }
            default: current = 0
            }
        }
        for child in root.childElements {
            if let inner = longestParagraphRun(in: child), inner.length > (best?.length ?? 0) { best = inner }
        }
        return best
    }

    /// `<div class="story">` as words: `div.story`.
    static func describe(_ element: MarkupElement) -> String {
        let classes = element.classNames.prefix(2).map { "." + $0 }.joined()
        let id = element.attribute("id").map { "#" + $0 } ?? ""
        return element.name + id + classes
    }
}
