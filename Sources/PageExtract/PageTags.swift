import Foundation
import MarkupTree

/// The metadata-bearing tags of a whole page, gathered in one walk: `<meta>` by `property`,
/// `name` or `itemprop` (lowercased keys, every value in order), `<title>`, `<link
/// rel=canonical>`, `<html lang>`, the first `h1`, and the text of every JSON-LD script.
struct PageTags {
    /// Every `<meta>` value, by lowercased key (`og:title`, `article:tag`, `author`).
    private(set) var meta: [String: [String]] = [:]
    /// The `<title>` text.
    private(set) var title: String?
    /// The `<link rel=canonical>` address.
    private(set) var canonical: String?
    /// The `lang` of the root element.
    private(set) var language: String?
    /// The text of the first `h1`.
    private(set) var firstHeading: String?
    /// The texts of every `h1` and `h2`, in page order (a title part that is one of them is the headline).
    private(set) var headings: [String] = []
    /// The `datetime` of the first `<time>` in the page.
    private(set) var firstTime: String?
    /// The text of every `<script type="application/ld+json">`, in page order.
    private(set) var linkedData: [String] = []

    /// Gathers the tags of `document` (an `html` element).
    init(_ document: MarkupElement) {
        language = document.attribute("lang") ?? document.attribute("xml:lang")
        visit(document)
    }

    /// The first value of `key`, trimmed, if not empty.
    func first(_ keys: String...) -> String? {
        for key in keys {
            if let value = meta[key]?.first(where: { !$0.isEmpty }) { return value }
        }
        return nil
    }

    /// Every value of `key`, in page order.
    func all(_ key: String) -> [String] { meta[key] ?? [] }

    private mutating func visit(_ element: MarkupElement) {
        switch element.name {
        case "meta": addMeta(element)
        case "title" where title == nil: title = element.plainText
        case "link": addLink(element)
        case "h1", "h2":
            if firstHeading == nil && element.name == "h1" { firstHeading = element.plainText }
            headings.append(element.plainText)
        case "time" where firstTime == nil: firstTime = element.attribute("datetime")
        case "script" where element.attribute("type")?.lowercased().hasPrefix("application/ld+json") == true:
            linkedData.append(element.textContent)
        default: break
        }
        for child in element.childElements { visit(child) }
    }

    private mutating func addMeta(_ element: MarkupElement) {
        guard let content = element.attribute("content")?.trimmingCharacters(in: .whitespacesAndNewlines) else { return }
        for attribute in ["property", "name", "itemprop"] {
            guard let key = element.attribute(attribute)?.lowercased().trimmingCharacters(in: .whitespaces), !key.isEmpty else { continue }
            meta[key, default: []].append(content)
        }
    }

    private mutating func addLink(_ element: MarkupElement) {
        let rels = (element.attribute("rel") ?? "").lowercased().split(separator: " ")
        if canonical == nil, rels.contains("canonical"), let href = element.attribute("href"), !href.isEmpty { canonical = href }
    }
}
