import ArticleModel
import MarkupTree

/// Tidies the chosen content: drops blocks (`div`, `section`, `table`) that are mostly links
/// (other stories left inside the article, a "Read also" box that is one link) and the heading that repeats the title. Each removal is a note.
struct ContentTidier {
    /// Blocks judged by their link density. Lists are not: a list of links inside an article is
    /// often its point (sources, further reading); the converter's link-list rule judges them
    /// at the article's edges.
    static let judged: Set<String> = ["div", "section", "table", "aside"]
    /// The link density from which a block is a list of links, not text.
    static let linkDensityLimit = 0.65
    /// Class and id words that mark a byline or dateline (shown by the site from its metadata).
    static let bylineWords: Set<String> = ["byline", "author", "authors", "autor", "auteur", "dateline", "meta", "postmeta", "posted"]
    /// The longest text, in characters, still read as a byline.
    static let longestByline = 120

    /// The article's title, to drop a heading that repeats it.
    let title: String?
    /// The file named in diagnostics.
    let file: String
    /// What was dropped, in document order.
    private(set) var diagnostics: [Diagnostic] = []
    private var droppedTitle = false

    /// Creates a tidier for an article called `title`.
    init(title: String?, file: String) {
        self.title = title.map(Self.comparable)
        self.file = file
    }

    /// `element` tidied, from the leaves up: a block is judged by what is left in it once its
    /// own blocks are tidied (a box holding an ad label and a "skip" link is a link once the
    /// label is gone). When a block goes, the notes about its inside go with it.
    mutating func tidy(_ element: MarkupElement) -> MarkupElement {
        var copy = element
        copy.children = []
        for child in element.children {
            guard case .element(let inner) = child else {
                copy.children.append(child)
                continue
            }
            let notesBefore = diagnostics.count
            let titleBefore = droppedTitle
            let tidied = tidy(inner)
            if let reason = dropReason(tidied) {
                diagnostics.removeSubrange(notesBefore...)
                droppedTitle = titleBefore || reason.hasPrefix("the heading")
                diagnostics.append(Diagnostic(.note, file: file, "dropped \(reason): \(inner.openingWords)"))
            } else {
                copy.children.append(.element(tidied))
            }
        }
        return copy
    }

    /// Why a tidied block goes, as words for a diagnostic; nil when it stays.
    private func dropReason(_ element: MarkupElement) -> String? {
        if isAdLabel(element) { return "an advertisement label" }
        if isLinkList(element) {
            let measure = BlockMeasure(element)
            let density = (measure.linkDensity * 100).rounded() / 100
            return "a block with link density \(density) (\(element.name), \(measure.links) link\(measure.links == 1 ? "" : "s"))"
        }
        if isByline(element) { return "the byline (\(element.name) marked as one)" }
        if repeatsTitle(element) { return "the heading that repeats the title" }
        return nil
    }

    private func isLinkList(_ element: MarkupElement) -> Bool {
        guard Self.judged.contains(element.name) else { return false }
        let measure = BlockMeasure(element)
        guard measure.images == 0 else { return false }
        // One link that is the whole block ("Read also: …") counts as a list of one.
        return measure.links >= 2 ? measure.linkDensity >= Self.linkDensityLimit : measure.links == 1 && measure.linkDensity >= 0.9
    }

    private func isByline(_ element: MarkupElement) -> Bool {
        element.signalWords.contains(where: Self.bylineWords.contains) && element.textLength <= Self.longestByline
            && !element.contains { $0.name == "p" && $0 != element }
    }

    /// Labels that only say an advertisement stood here, compared without case or punctuation.
    static let adLabels: Set<String> = [
        "advertisement", "advertising", "skipadvertisement", "ad", "sponsored", "anzeige", "werbung", "publicité",
        "publicite", "publicidad", "pubblicità",
    ]

    private func isAdLabel(_ element: MarkupElement) -> Bool {
        ["p", "div", "span", "aside", "section"].contains(element.name) && element.textLength <= 24
            && Self.adLabels.contains(Self.comparable(element.plainText))
    }

    private func repeatsTitle(_ element: MarkupElement) -> Bool {
        guard !droppedTitle, let title, element.name == "h1" || element.name == "h2" else { return false }
        return Self.comparable(element.plainText) == title
    }

    /// Text compared without case, punctuation or spacing.
    static func comparable(_ text: String) -> String {
        String(text.lowercased().filter { $0.isLetter || $0.isNumber })
    }
}
