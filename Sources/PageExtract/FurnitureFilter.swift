import ArticleModel
import Foundation
import MarkupTree

/// Removes a page's furniture before the article is looked for: scripts and styles, hidden
/// blocks, landmarks (`nav`, `aside`, `header`, `footer`, `form`), and blocks whose role,
/// class or id say menu, share bar, cookie notice, comments, advertisement, … (see
/// ``SignalWords``). Each removal is a note that names why.
///
/// A block that holds the article (an `article`, `main`, `[itemprop=articleBody]` or `h1`
/// inside, or half the page's text) is never dropped for its name: `<div class="has-sidebar">`
/// around a whole page stays.
struct FurnitureFilter {
    /// Elements that are never content.
    static let inert: Set<String> = [
        "script", "style", "template", "link", "meta", "svg", "canvas", "button", "input",
        "select", "textarea", "option", "dialog", "object", "embed", "base", "title",
    ]

    /// Landmark elements that hold furniture, each with the name of what it is.
    static let landmarks: [String: String] = [
        "nav": "the navigation", "aside": "an aside", "header": "a page header", "footer": "a footer", "form": "a form",
    ]

    /// The number of characters of text in the whole page (for the half-the-page guard).
    let pageTextLength: Int
    /// The file named in diagnostics.
    let file: String
    /// What was dropped, in document order.
    private(set) var diagnostics: [Diagnostic] = []
    /// How many inert elements (scripts, styles, form controls, empty blocks) were dropped.
    private(set) var inertCount = 0

    /// Creates a filter for a page whose text is `pageTextLength` characters long.
    init(pageTextLength: Int, file: String) {
        self.pageTextLength = pageTextLength
        self.file = file
    }

    /// `element` without its furniture. Inside an `article` (`insideArticle`), an `aside` with
    /// little link text is the article's own side note (key facts, a definition) and stays
    /// unless its role, class or id say otherwise.
    mutating func clean(_ element: MarkupElement, insideArticle: Bool = false) -> MarkupElement {
        var copy = element
        copy.children = []
        for child in element.children {
            switch child {
            case .comment: continue
            case .text: copy.children.append(child)
            case .element(let inner):
                if inner.name == "noscript" {
                    // A lazy-loading page's only real image may be the one in <noscript>.
                    let images = Self.fallbackImages(inner, besides: element)
                    if images.isEmpty {
                        inertCount += 1
                    } else {
                        // The placeholder beside it goes: the fallback is the image.
                        copy.children.removeAll { $0.element.map { $0.name == "img" && !Self.hasRealSource($0) } ?? false }
                        copy.children += images.map(MarkupNode.element)
                    }
                } else if Self.inert.contains(inner.name) {
                    inertCount += 1
                } else if isHidden(inner) {
                    note("a hidden block (\(inner.name))", inner)
                } else if let reason = furnitureReason(inner, insideArticle: insideArticle), !holdsArticle(inner) {
                    note(reason, inner)
                } else {
                    let article = insideArticle || inner.name == "article" || inner.attribute("itemprop") == "articleBody"
                    copy.children.append(.element(clean(inner, insideArticle: article)))
                }
            }
        }
        return copy
    }

    /// The images inside `noscript` when `parent` shows none of its own outside it (a
    /// lazy-loaded image with only a placeholder `src` and no `data-src`).
    static func fallbackImages(_ noscript: MarkupElement, besides parent: MarkupElement) -> [MarkupElement] {
        let inside = noscript.paths { $0.name == "img" }.compactMap(noscript.element(at:))
        guard !inside.isEmpty else { return [] }
        let shown = parent.children.contains { node in
            guard let element = node.element, element.name != "noscript" else { return false }
            return element.contains { $0.name == "img" && hasRealSource($0) }
        }
        return shown ? [] : inside
    }

    /// Whether an image has a source a reader would load: a `data-src`, or a `src` that is no
    /// `data:` placeholder.
    static func hasRealSource(_ image: MarkupElement) -> Bool {
        if let lazy = image.attribute("data-src") ?? image.attribute("data-lazy-src"), !lazy.isEmpty { return true }
        guard let source = image.attribute("src")?.trimmingCharacters(in: .whitespaces), !source.isEmpty else { return false }
        return !source.lowercased().hasPrefix("data:")
    }

    /// The summary note for inert elements, when any were dropped.
    var inertNote: Diagnostic? {
        guard inertCount > 0 else { return nil }
        return Diagnostic(.note, file: file, "dropped \(inertCount) script, style, form control and empty element\(inertCount == 1 ? "" : "s") of the page")
    }

    /// Why `element` is furniture, as words for a diagnostic; nil when it is not.
    func furnitureReason(_ element: MarkupElement, insideArticle: Bool = false) -> String? {
        let sideNote = insideArticle && element.name == "aside" && element.linkDensity < 0.5
        if let what = Self.landmarks[element.name], !sideNote {
            return "\(what) (\(element.name), \(links(element)))"
        }
        if let role = element.role, let kind = SignalWords.furnitureRoles[role] {
            return "\(Self.indefinite(kind)) (role \"\(role)\", \(links(element)))"
        }
        if let (word, kind) = SignalWords.furnitureKind(element.signalWords) {
            return "\(Self.indefinite(kind)) (\(element.name) marked \"\(word)\", \(links(element)))"
        }
        return nil
    }

    /// Whether `element` holds the article, so its name must not drop it.
    func holdsArticle(_ element: MarkupElement) -> Bool {
        if pageTextLength > 0 && element.textLength * 2 >= pageTextLength { return true }
        return element.contains { inner in
            inner.name == "article" || inner.name == "main" || inner.name == "h1" || inner.attribute("itemprop") == "articleBody"
        }
    }

    private func isHidden(_ element: MarkupElement) -> Bool {
        if element.attribute("hidden") != nil || element.attribute("aria-hidden") == "true" { return true }
        let style = (element.attribute("style") ?? "").lowercased().filter { !$0.isWhitespace }
        return style.contains("display:none") || style.contains("visibility:hidden")
    }

    /// `kind` with "a" or "an" before it: "an advertisement", "a share bar".
    static func indefinite(_ kind: String) -> String {
        ("aeiou".contains(kind.first ?? "x") ? "an " : "a ") + kind
    }

    private func links(_ element: MarkupElement) -> String {
        let count = element.linkCount
        return count == 1 ? "1 link" : "\(count) links"
    }

    /// Notes a dropped block; an empty one (no text, no image: an empty ad slot, an icon) is
    /// only counted with the inert elements, as nothing is lost with it.
    private mutating func note(_ reason: String, _ element: MarkupElement) {
        guard element.textLength > 0 || element.contains(where: { $0.name == "img" }) else {
            inertCount += 1
            return
        }
        let words = element.textLength == 0 ? "" : ": " + element.openingWords
        diagnostics.append(Diagnostic(.note, file: file, "dropped \(reason)\(words)"))
    }
}
