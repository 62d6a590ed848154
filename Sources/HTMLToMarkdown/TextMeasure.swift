import MarkupTree

/// How much text an element holds and how much of it is links: what the structural rules
/// judge a block by. Words are runs of characters between spaces that hold a letter or a
/// digit; script, style and template text is not counted.
struct TextMeasure: Equatable {
    /// Every word.
    var words = 0
    /// Words inside links.
    var linkWords = 0
    /// Links that hold a word.
    var links = 0
    /// Words ending a sentence (`.`, `!`, `?`, `。`), the last word always counting as one.
    var sentences = 0

    /// Elements whose text is never shown.
    static let hidden: Set<String> = ["script", "style", "template", "noscript"]

    /// The share of words that are inside links, 0 for no words.
    var linkDensity: Double { words == 0 ? 0 : Double(linkWords) / Double(words) }

    /// Whether the block reads as the article's own prose: several sentences, enough words,
    /// few of them links.
    var isProse: Bool { sentences >= 3 && words >= 20 && linkDensity < 0.3 }

    /// Whether the block reads as a list of links: two or more links, nearly every word in
    /// one, and few words.
    var isLinkList: Bool { links >= 2 && linkDensity >= 0.7 && words <= 80 }

    /// The measure of `nodes`.
    static func of(_ nodes: [MarkupNode]) -> TextMeasure {
        var measure = TextMeasure()
        var lastEnded = true
        measure.add(nodes, inLink: false, lastEnded: &lastEnded)
        if !lastEnded { measure.sentences += 1 }
        return measure
    }

    /// The measure of `element`'s content.
    static func of(_ element: MarkupElement) -> TextMeasure { of([.element(element)]) }

    private mutating func add(_ nodes: [MarkupNode], inLink: Bool, lastEnded: inout Bool) {
        for node in nodes {
            switch node {
            case .text(let text): count(text, inLink: inLink, lastEnded: &lastEnded)
            case .comment: break
            case .element(let element):
                guard !Self.hidden.contains(element.name) else { continue }
                let isLink = element.name == "a" && !inLink
                let before = linkWords
                add(element.children, inLink: inLink || isLink, lastEnded: &lastEnded)
                if isLink, linkWords > before { links += 1 }
            }
        }
    }

    private mutating func count(_ text: String, inLink: Bool, lastEnded: inout Bool) {
        for token in text.split(whereSeparator: { $0.isWhitespace }) where token.contains(where: { $0.isLetter || $0.isNumber }) {
            words += 1
            if inLink { linkWords += 1 }
            let end = token.reversed().drop { "\"'”’)»]".contains($0) }.first
            lastEnded = end.map { ".!?。".contains($0) } ?? false
            if lastEnded { sentences += 1 }
        }
    }
}
