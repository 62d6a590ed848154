import Foundation
import ArticleModel
import MarkupTree

/// The pass that reads what the sanitiser is about to strip:
/// - removes elements whose class or id is in the rules' `dropClasses`;
/// - moves a code block's language (`language-x` or `lang-x` on `pre` or `code`) onto its
///   `code` element as `class="language-x"`, the one class the sanitiser keeps;
/// - gives lazy-loaded images their real source (`data-src`, `data-lazy-src`) in place of a
///   missing or `data:` placeholder;
/// - replaces `iframe`, `embed`, `object`, `video` and `audio` whose address is a web address
///   by a link to it (`Embedded video: title`), with a warning;
/// - removes other `video` and `audio` (Markdown has no form for them; their content is
///   fallback text such as "Your browser does not support the video tag."), with a warning,
///   leaving a space so that the words on either side stay apart;
/// - unwraps in-page links (`href="#fn1"`), keeping their text: ids are not kept, so they
///   would lead nowhere;
/// - turns block elements the sanitiser does not know into ones it keeps (`center`, `main`,
///   `nav`, `marquee`… into `div`, `menu` and `dir` into `ul`, `xmp` and `listing` into
///   `pre`), so that unwrapping them cannot glue the words on either side;
/// - with a base URL, makes relative `href`, `src`, `cite` and lazy sources absolute
///   (``URLResolver``), before the sanitiser judges them.
struct PreCleaner {
    /// Class names and ids that remove an element.
    let dropClasses: Set<String>
    /// Resolves relative URLs; nil keeps them as they are.
    let resolver: URLResolver?
    /// Notes about elements removed by class and warnings about removed media, in document order.
    private(set) var diagnostics: [Diagnostic] = []

    /// Elements removed with their content: media players, whose content is fallback text.
    static let mediaElements: Set<String> = ["video", "audio"]

    /// Block elements the sanitiser would unwrap, written as `div`; `menu` and `dir` are lists.
    static let blockAliases: [String: String] = [
        "center": "div", "main": "div", "nav": "div", "address": "div", "hgroup": "div", "search": "div",
        "marquee": "div", "multicol": "div", "menu": "ul", "dir": "ul", "listing": "pre", "xmp": "pre",
    ]

    /// Creates a pass for `dropClasses`, resolving relative URLs against `resolver` if given.
    init(dropClasses: Set<String>, resolver: URLResolver? = nil) {
        self.dropClasses = dropClasses
        self.resolver = resolver
    }

    /// The cleaned version of `element`'s children.
    mutating func clean(_ nodes: [MarkupNode]) -> [MarkupNode] {
        var out: [MarkupNode] = []
        out.reserveCapacity(nodes.count)
        for node in nodes {
            guard case .element(var element) = node else {
                out.append(node)
                continue
            }
            if let rule = droppingName(element) {
                diagnostics.append(Diagnostic(.note, "removed <\(element.name)> with class or id \"\(rule)\" (rule: class \(rule))"))
                continue
            }
            if let (address, link) = embedLink(element) {
                diagnostics.append(Diagnostic(.warning, "replaced <\(element.name)> by a link to \(address)"))
                out.append(.element(link))
                continue
            }
            if Self.mediaElements.contains(element.name) {
                // A player with no web address: its fallback content is what a reader without
                // the player sees, unless it only says the browser cannot play it.
                let fallback = Self.fallbackText(of: element)
                diagnostics.append(Diagnostic(.warning, "removed <\(element.name)>" + (fallback.isEmpty ? "" : ", kept its fallback text")))
                out.append(.text(" "))  // a player between two words kept them apart
                if !fallback.isEmpty { out += clean(Self.fallbackChildren(of: element)) + [.text(" ")] }
                continue
            }
            if element.name == "a", let target = element.attribute("href"), target.hasPrefix("#") {
                // Ids are not kept (they could clash with the page's own), so the link would be dead.
                diagnostics.append(Diagnostic(.note, "unlinked in-page link to \(target.prefix(60)): its target's id is not kept"))
                out += clean(element.children)
                continue
            }
            if let alias = Self.blockAliases[element.name] {
                element.name = alias
            }
            if element.name == "pre" {
                element = Self.labelLanguage(element)
            } else if element.name == "img" {
                element = Self.resolveLazySource(element)
            }
            if let resolver {
                element = Self.resolveURLs(element, with: resolver)
            }
            element.children = clean(element.children)
            out.append(.element(element))
        }
        return out
    }

    /// What an embedded frame or player is called in the link that replaces it.
    static let embedKinds = ["iframe": "Embedded content", "embed": "Embedded content", "object": "Embedded content",
                             "video": "Embedded video", "audio": "Embedded audio"]

    /// A frame or player whose address is a web address (after resolving against the base),
    /// as a link to it: `Embedded video: its title`, so readers can still follow it.
    func embedLink(_ element: MarkupElement) -> (String, MarkupElement)? {
        guard let kind = Self.embedKinds[element.name],
              let raw = element.attribute(element.name == "object" ? "data" : "src")
                ?? element.children("source").compactMap({ $0.attribute("src") }).first else { return nil }
        let address = resolver?.resolve(raw.trimmingWhitespace) ?? raw.trimmingWhitespace
        let lower = address.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://"),
              let host = address.split(separator: "/").dropFirst().first else { return nil }
        var label = (element.attribute("title") ?? element.attribute("aria-label") ?? "").collapsingWhitespace
        if label.isEmpty { label = Self.fallbackText(of: element) }
        let text = kind + ": " + (label.isEmpty ? String(host) : label)
        return (address, MarkupElement(name: "a", attributes: [MarkupAttribute("href", address)], children: [.text(text)]))
    }

    /// The text inside a player (`source` and `track` aside), whitespace collapsed; empty when
    /// it is only the notice that the browser cannot play it (the `media-fallback` text rule).
    static func fallbackText(of element: MarkupElement) -> String {
        guard mediaElements.contains(element.name) else { return "" }
        let text = MarkupElement(name: element.name, children: fallbackChildren(of: element)).textContent.collapsingWhitespace
        return text.isEmpty || isPlaybackNotice(text) ? "" : text
    }

    /// A player's content without its `source` and `track` elements: what a reader without the player sees.
    static func fallbackChildren(of element: MarkupElement) -> [MarkupNode] {
        element.children.filter { !["source", "track"].contains($0.element?.name) }
    }

    /// Whether `text` is a "your browser does not support the video tag" notice.
    static func isPlaybackNotice(_ text: String) -> Bool {
        playbackNotice?.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// The built-in `media-fallback` text rule, compiled once: the one place that says what such a notice is.
    private static let playbackNotice: NSRegularExpression? = CleaningRules.standard.dropText
        .first { $0.hasPrefix("(?#media-fallback)") }
        .flatMap { try? NSRegularExpression(pattern: $0) }

    private func droppingName(_ element: MarkupElement) -> String? {
        guard !dropClasses.isEmpty else { return nil }
        if let id = element.attribute("id"), dropClasses.contains(id) { return id }
        return element.classNames.first { dropClasses.contains($0) }
    }

    /// `pre` with its content inside one `code class="language-x"` when a language is named.
    static func labelLanguage(_ pre: MarkupElement) -> MarkupElement {
        let code = pre.childElements.count == 1 ? pre.child("code") : nil
        guard let language = language(in: pre.classNames) ?? code.flatMap({ language(in: $0.classNames) }) else { return pre }
        var inner = code ?? MarkupElement(name: "code", children: pre.children)
        inner.attributes.removeAll { $0.name == "class" }
        inner.attributes.append(MarkupAttribute("class", "language-" + language))
        var result = pre
        result.children = code == nil ? [.element(inner)] : pre.children.map { $0.element?.name == "code" ? .element(inner) : $0 }
        return result
    }

    /// `img` with `src` taken from `data-src` or `data-lazy-src` when `src` is missing or a
    /// `data:` placeholder.
    static func resolveLazySource(_ image: MarkupElement) -> MarkupElement {
        let source = image.attribute("src") ?? ""
        guard source.isEmpty || source.trimmingWhitespace.lowercased().hasPrefix("data:"),
              let lazy = image.attribute("data-src") ?? image.attribute("data-lazy-src"), !lazy.trimmingWhitespace.isEmpty
        else { return image }
        var result = image
        result.attributes.removeAll { $0.name == "src" }
        result.attributes.insert(MarkupAttribute("src", lazy), at: 0)
        return result
    }

    /// `element` with its relative URL attributes made absolute.
    static func resolveURLs(_ element: MarkupElement, with resolver: URLResolver) -> MarkupElement {
        guard element.attributes.contains(where: { URLResolver.urlAttributes.contains($0.name) }) else { return element }
        var result = element
        for index in result.attributes.indices where URLResolver.urlAttributes.contains(result.attributes[index].name) {
            result.attributes[index].value = resolver.resolve(result.attributes[index].value)
        }
        return result
    }

    private static func language(in classes: [String]) -> String? {
        for name in classes {
            for prefix in ["language-", "lang-"] where name.hasPrefix(prefix) && name.count > prefix.count {
                return String(name.dropFirst(prefix.count))
            }
        }
        return nil
    }
}
