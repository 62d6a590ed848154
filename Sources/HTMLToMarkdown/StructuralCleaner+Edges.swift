import MarkupTree

extension StructuralCleaner {
    /// Elements that only wrap the article: the edges are looked for inside them.
    static let wrappers: Set<String> = ["div", "article", "section", "main", "body", "center"]

    /// How many blocks at the start may go as a repeated title, a byline or a dateline.
    static let leadingBlocks = 3

    /// How many blocks at the end may go: enough for real pages, and a bound on the work.
    static let trailingBlocks = 8

    /// `nodes` without the furniture at the article's edges: at the start, a heading or
    /// paragraph repeating the title, then bylines and datelines; at the end, "Read more"
    /// links (a whole block, or a link ending the last paragraph), link lists, bylines and
    /// datelines. What the other rules remove anyway (a "Source link" paragraph, a class in
    /// `drop_classes`) is looked past. A body that is one wrapper is cleaned inside it; the
    /// last block that shows something is never removed.
    mutating func cleanEdges(_ nodes: [MarkupNode]) -> [MarkupNode] {
        let meaningful = nodes.indices.filter { Self.shows(nodes[$0]) }
        if meaningful.count == 1, let only = nodes[meaningful[0]].element, Self.wrappers.contains(only.name) {
            var inner = only
            inner.children = cleanEdges(only.children)
            var result = nodes
            result[meaningful[0]] = .element(inner)
            return result
        }
        var result = nodes
        cleanStart(&result)
        cleanEnd(&result)
        return result
    }

    // MARK: The start

    private mutating func cleanStart(_ nodes: inout [MarkupNode]) {
        var index = 0
        var removed = 0
        while index < nodes.count, removed < Self.leadingBlocks {
            let node = nodes[index]
            guard Self.shows(node), !isRemovedAnyway(node) else {
                index += 1
                continue
            }
            guard let element = node.element, let rule = leadingRule(element, first: removed == 0),
                  hasOtherContent(nodes, than: index) else { return }
            note(Self.label(rule, element), Self.spacedText(element), rule)
            nodes.remove(at: index)
            removed += 1
        }
    }

    private func leadingRule(_ element: MarkupElement, first: Bool) -> StructuralRule? {
        if first, enabled.contains(.repeatedTitle), let title, ["h1", "h2", "h3", "p", "div"].contains(element.name),
           element.textContent.collapsedForRules.lowercased() == title {
            return .repeatedTitle
        }
        return metadataRule(element)
    }

    // MARK: The end

    private mutating func cleanEnd(_ nodes: inout [MarkupNode]) {
        var index = nodes.count - 1
        var removed = 0
        while index >= 0, removed < Self.trailingBlocks {
            let node = nodes[index]
            guard Self.shows(node), !isRemovedAnyway(node) else {
                index -= 1
                continue
            }
            guard var element = node.element else { return }
            if hasOtherContent(nodes, than: index), let rule = trailingRule(element, before: nodes[..<index]) {
                note(Self.label(rule, element), Self.spacedText(element), rule)
                nodes.remove(at: index)
                index -= 1
                removed += 1
                continue
            }
            if enabled.contains(.readMore), removeTrailingLink(from: &element) {
                nodes[index] = .element(element)
            }
            return
        }
    }

    private func trailingRule(_ element: MarkupElement, before: ArraySlice<MarkupNode>) -> StructuralRule? {
        let text = element.textContent.collapsedForRules
        let measure = TextMeasure.of(element)
        if enabled.contains(.readMore), ReadMorePhrase.matches(text), element.name == "a" || measure.links > 0 || measure.words <= 3 {
            return .readMore
        }
        if enabled.contains(.linkList), measure.isLinkList, isTrailingList(measure, before: before) { return .linkList }
        return metadataRule(element)
    }

    /// Whether a link list ending the article is furniture: text comes before it, it is not
    /// three quarters of the article, and the block before does not introduce it ("Sources:").
    private func isTrailingList(_ measure: TextMeasure, before: ArraySlice<MarkupNode>) -> Bool {
        guard measure.words * 4 < totalWords * 3,
              let previous = before.last(where: { Self.shows($0) && !isRemovedAnyway($0) }) else { return false }
        let previousText = previous.textContent.collapsedForRules
        if previousText.hasSuffix(":") { return false }
        return !(previous.element.map { TextMeasure.of($0).isLinkList } ?? false)
    }

    /// Removes a "Read more" link ending `element`'s own text (`…the summary. <a>Continue
    /// reading →</a>`), with the brackets or separator before it; false when there is none.
    private mutating func removeTrailingLink(from element: inout MarkupElement) -> Bool {
        guard let last = element.children.lastIndex(where: { Self.shows($0) }),
              let link = element.children[last].element, link.name == "a",
              ReadMorePhrase.matches(link.textContent.collapsedForRules),
              element.children[..<last].contains(where: Self.shows) else { return false }
        note("\"Read more\" link ending <\(element.name)>", Self.spacedText(link), .readMore)
        element.children.removeSubrange(last...)
        if case .text(let text)? = element.children.last {
            element.children[element.children.count - 1] = .text(Self.withoutTrailingSeparator(text))
        }
        return true
    }

    // MARK: Helpers

    /// Whether something other than `nodes[index]` stays: the edge rules never empty an article.
    private func hasOtherContent(_ nodes: [MarkupNode], than index: Int) -> Bool {
        nodes.indices.contains { $0 != index && Self.shows(nodes[$0]) && !isRemovedAnyway(nodes[$0]) }
    }

    private func metadataRule(_ element: MarkupElement) -> StructuralRule? {
        guard !metadata.isEmpty, let rule = metadata.rule(for: element.textContent), enabled.contains(rule) else { return nil }
        return rule
    }

    /// Whether another rule removes `node` anyway: a class or id in `dropClasses`, or a text
    /// rule matching its whole text.
    private func isRemovedAnyway(_ node: MarkupNode) -> Bool {
        guard let element = node.element else { return false }
        let names = element.classNames + [element.attribute("id")].compactMap { $0 }
        if names.contains(where: rules.dropClasses.contains) { return true }
        let text = element.textContent.collapsedForRules
        return !text.isEmpty && rules.rule(matching: text) != nil
    }

    /// Whether `node` shows anything: text other than whitespace, or an image.
    static func shows(_ node: MarkupNode) -> Bool {
        switch node {
        case .comment: return false
        case .text(let text): return !text.collapsedForRules.isEmpty
        case .element(let element):
            if TextMeasure.hidden.contains(element.name) { return false }
            if ["img", "picture", "video", "audio", "iframe", "embed", "object", "svg", "hr"].contains(element.name) { return true }
            return element.children.contains(where: shows)
        }
    }

    /// `text` without a trailing separator or opening bracket left by a removed link.
    static func withoutTrailingSeparator(_ text: String) -> String {
        var result = Substring(text)
        while let last = result.last, last.isWhitespace || "[(|–—-»›→".contains(last) { result.removeLast() }
        return String(result)
    }

    /// How a removal is described: `byline <p>`, `link list <ul> at the end`.
    static func label(_ rule: StructuralRule, _ element: MarkupElement) -> String {
        switch rule {
        case .readMore: return "\"Read more\" <\(element.name)> at the end"
        case .linkList: return "link list <\(element.name)> at the end"
        case .byline: return "byline <\(element.name)>"
        case .dateline: return "dateline <\(element.name)>"
        case .repeatedTitle: return "<\(element.name)> repeating the title"
        default: return "<\(element.name)>"
        }
    }
}
