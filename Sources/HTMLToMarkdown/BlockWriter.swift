import ArticleModel
import MarkupTree

/// Writes block HTML (paragraphs, headings, lists, quotes, code, rules, raw tables) as
/// Markdown, applying the text cleaning rules to each block and noting what it removes.
struct BlockWriter {
    /// The compiled cleaning rules.
    let rules: CompiledRules
    /// Notes about removed blocks, in document order.
    private(set) var diagnostics: [Diagnostic] = []
    /// The list just written at the current level, if the last block was one: a list right
    /// after it needs the other marker, or the two would merge.
    private var previousList: (name: String, alternate: Bool)?

    /// Creates a writer applying `rules`.
    init(rules: CompiledRules) {
        self.rules = rules
    }

    /// The Markdown of a body's children: blocks separated by blank lines.
    mutating func document(_ nodes: [MarkupNode]) -> String {
        blocks(nodes).joined(separator: "\n\n")
    }

    /// The blocks of `nodes`, each as Markdown text; inline runs become paragraphs.
    mutating func blocks(_ nodes: [MarkupNode]) -> [String] {
        var result: [String] = []
        var run: [MarkupNode] = []
        for node in nodes {
            guard let element = node.element, ElementKind.isBlock(element.name) else {
                run.append(node)
                continue
            }
            append(inlineRun(run), to: &result)
            run = []
            if element.name == "ul" || element.name == "ol" {
                let alternate = previousList?.name == element.name && previousList?.alternate == false
                let text = list(element, alternate: alternate)
                if !text.isEmpty {
                    result.append(text)
                    previousList = (element.name, alternate)
                }
            } else {
                result += block(element)
            }
        }
        append(inlineRun(run), to: &result)
        return result
    }

    /// Adds blocks that are not lists, remembering that the last block is no longer a list.
    private mutating func append(_ blocks: [String], to result: inout [String]) {
        guard !blocks.isEmpty else { return }
        result += blocks
        previousList = nil
    }

    /// `body` run at a new nesting level (a list item, a quote), where the previous list
    /// outside does not count.
    private mutating func nested<T>(_ body: (inout BlockWriter) -> T) -> T {
        let saved = previousList
        previousList = nil
        defer { previousList = saved }
        return body(&self)
    }

    /// The blocks of a block element other than a list. A wrapper (`div`, `section`, a
    /// definition list) writes its children's blocks, which leave ``previousList`` as its last
    /// child did, so that a list after `<div><ul>…</ul></div>` still takes the other marker;
    /// any other block ends a run of lists.
    private mutating func block(_ element: MarkupElement) -> [String] {
        if let written = leafBlock(element) {
            if !written.isEmpty { previousList = nil }
            return written
        }
        if let rule = boilerplateRule(element.textContent) {
            note("block", element.textContent, rule)
            return []
        }
        switch element.name {
        case "dl": return definitionList(element)
        case "figure": return blocks(Self.captionsLast(element.children))
        default: return blocks(element.children)
        }
    }

    /// A figure's content with its captions after everything else: Markdown writes a figure as
    /// its picture, then its caption in italics (the render step makes a figure of the two
    /// again), so a caption written above the picture is moved below it.
    private static func captionsLast(_ nodes: [MarkupNode]) -> [MarkupNode] {
        nodes.filter { $0.element?.name != "figcaption" } + nodes.filter { $0.element?.name == "figcaption" }
    }

    /// The blocks of an element written as a whole (not through its children), nil for a
    /// wrapper.
    private mutating func leafBlock(_ element: MarkupElement) -> [String]? {
        switch element.name {
        case "p": return paragraph(element)
        case "h1", "h2", "h3", "h4", "h5", "h6": return heading(element)
        case "blockquote": return quote(element)
        case "pre": return [codeBlock(element)]
        case "hr": return ["***"]
        case "figcaption": return caption(element)
        default: return ElementKind.rawBlocks.contains(element.name) ? [RawHTMLBlock.html(element)] : nil
        }
    }

    // MARK: Rules

    private func boilerplateRule(_ text: String) -> String? {
        guard !rules.textRules.isEmpty else { return nil }
        let collapsed = text.collapsedForRules
        return collapsed.isEmpty ? nil : rules.rule(matching: collapsed)
    }

    private mutating func note(_ kind: String, _ text: String, _ rule: String) {
        var quoted = text.collapsedForRules
        if quoted.count > 80 { quoted = String(quoted.prefix(77)) + "…" }
        diagnostics.append(Diagnostic(.note, "removed boilerplate \(kind) \"\(quoted)\" (rule: \(rule))"))
    }

    // MARK: Paragraphs and headings

    private mutating func inlineRun(_ nodes: [MarkupNode]) -> [String] {
        guard !nodes.isEmpty else { return [] }
        let text = nodes.map(\.textContent).joined()
        if Self.isBlank(text, nodes) { return [] }
        if let rule = boilerplateRule(text) {
            note("text", text, rule)
            return []
        }
        return inlineParagraphs(nodes)
    }

    private func inlineParagraphs(_ nodes: [MarkupNode]) -> [String] {
        var writer = InlineWriter()
        writer.write(nodes)
        return writer.paragraphs().map { String(decoding: MarkdownEscaper.protectLineStarts($0), as: UTF8.self) }
    }

    private mutating func paragraph(_ element: MarkupElement) -> [String] {
        let text = element.textContent
        if let rule = boilerplateRule(text) {
            note("paragraph", text, rule)
            return []
        }
        if Self.isBlank(text, element.children) {
            diagnostics.append(Diagnostic(.note, "removed empty paragraph (rule: empty-paragraph)"))
            return []
        }
        return inlineParagraphs(element.children)
    }

    /// Whether content shows nothing: only whitespace (non-breaking spaces too), no image and
    /// no link (a link without text is written with its address).
    private static func isBlank(_ text: String, _ nodes: [MarkupNode]) -> Bool {
        text.collapsedForRules.isEmpty && !nodes.contains(where: showsElement)
    }

    private static func showsElement(_ node: MarkupNode) -> Bool {
        guard let element = node.element else { return false }
        if element.name == "img" || (element.name == "a" && element.attribute("href") != nil) { return true }
        return element.children.contains(where: showsElement)
    }

    private mutating func heading(_ element: MarkupElement) -> [String] {
        if let rule = boilerplateRule(element.textContent) {
            note("heading", element.textContent, rule)
            return []
        }
        var writer = InlineWriter()
        writer.breaksAsSpaces = true
        writer.write(element.children)
        guard var text = writer.paragraphs().first.map({ String(decoding: $0, as: UTF8.self) }) else { return [] }
        let level = Int(element.name.dropFirst()) ?? 1
        if text.hasSuffix("#") {
            let hashes = text.reversed().prefix { $0 == "#" }.count
            let before = text.dropLast(hashes)
            if before.isEmpty || before.hasSuffix(" ") { text = before + "\\" + String(repeating: "#", count: hashes) }
        }
        return [String(repeating: "#", count: level) + " " + text]
    }

    /// A caption as one paragraph in italics, the Markdown form of a figure's caption. Its
    /// line breaks, and its own paragraphs (a caption, then a credit), are line breaks in it.
    private func caption(_ element: MarkupElement) -> [String] {
        var writer = InlineWriter()
        writer.write(.element(MarkupElement(name: "em", children: Self.captionLines(element.children))))
        return writer.paragraphs().map { String(decoding: MarkdownEscaper.protectLineStarts($0), as: UTF8.self) }
    }

    /// A caption's content with a line break around each block in it (the writer drops a
    /// break at the start or end and writes two in a row as one).
    private static func captionLines(_ nodes: [MarkupNode]) -> [MarkupNode] {
        guard nodes.contains(where: { $0.element.map { ElementKind.isBlock($0.name) } ?? false }) else { return nodes }
        let lineBreak = MarkupNode.element(MarkupElement(name: "br"))
        return nodes.flatMap { node -> [MarkupNode] in
            guard let element = node.element, ElementKind.isBlock(element.name) else { return [node] }
            return [lineBreak] + captionLines(element.children) + [lineBreak]
        }
    }

    // MARK: Containers

    private mutating func quote(_ element: MarkupElement) -> [String] {
        let inner = nested { $0.blocks(element.children) }.joined(separator: "\n\n")
        guard !inner.isEmpty else { return [] }
        return [Indenter.prefix(inner, first: "> ", rest: "> ", blank: ">")]
    }

    private mutating func list(_ element: MarkupElement, alternate: Bool) -> String {
        let ordered = element.name == "ol"
        let items = ListItems.of(element)
        let loose = items.contains(where: ListItems.isLoose)
        var number = ordered ? ListItems.start(of: element) : 0
        var written: [String] = []
        for item in items {
            if let rule = boilerplateRule(item.textContent) {
                note("list item", item.textContent, rule)
                continue
            }
            let marker = ordered ? "\(number)" + (alternate ? ")" : ".") : (alternate ? "+" : "-")
            number += 1
            let content = nested { $0.blocks(item.children) }.joined(separator: loose ? "\n\n" : "\n")
            guard !content.isEmpty else {
                number -= 1  // an empty item would read as a setext underline or as text
                continue
            }
            let pad = String(repeating: " ", count: marker.count + 1)
            written.append(Indenter.prefix(content, first: marker + " ", rest: pad, blank: ""))
        }
        return written.joined(separator: loose ? "\n\n" : "\n")
    }

    /// A definition list as CommonMark, which has no syntax for one: each run of terms (`dt`)
    /// becomes one paragraph of bold terms, one per line, and each definition (`dd`) its own
    /// blocks, links and all. `div` groups are read through; other content is written as it
    /// comes.
    private mutating func definitionList(_ element: MarkupElement) -> [String] {
        var result: [String] = []
        var terms: [String] = []
        for child in Self.definitionParts(element.children) {
            if let part = child.element, part.name == "dt" {
                terms += term(part)
                continue
            }
            append(terms.isEmpty ? [] : [terms.joined(separator: "\\\n")], to: &result)
            terms = []
            if let part = child.element, part.name == "dd" {
                result += blocks(part.children)
            } else {
                result += blocks([child])
            }
        }
        append(terms.isEmpty ? [] : [terms.joined(separator: "\\\n")], to: &result)
        return result
    }

    /// The children of a `dl`, with `div` groups around `dt` and `dd` unwrapped.
    private static func definitionParts(_ nodes: [MarkupNode]) -> [MarkupNode] {
        nodes.flatMap { node -> [MarkupNode] in
            guard let element = node.element, element.name == "div" else { return [node] }
            return definitionParts(element.children)
        }
    }

    /// A term in bold on one line, or nothing when it is empty or boilerplate.
    private mutating func term(_ element: MarkupElement) -> [String] {
        if let rule = boilerplateRule(element.textContent) {
            note("term", element.textContent, rule)
            return []
        }
        var writer = InlineWriter()
        writer.breaksAsSpaces = true
        writer.write(.element(MarkupElement(name: "strong", children: element.children)))
        return writer.paragraphs().map { String(decoding: MarkdownEscaper.protectLineStarts($0), as: UTF8.self) }
    }

    private func codeBlock(_ element: MarkupElement) -> String {
        let code = element.childElements.count == 1 ? element.child("code") : nil
        let language = code?.attribute("class").map { String($0.dropFirst("language-".count)) } ?? ""
        var text = InlineWriter.text(of: element.children, breaks: "\n")
        if text.hasPrefix("\r\n") { text.removeFirst(2) } else if text.hasPrefix("\n") { text.removeFirst() }
        while text.hasSuffix("\n") || text.hasSuffix("\r") { text.removeLast() }
        var longest = 0
        var run = 0
        for byte in text.utf8 {
            run = byte == UInt8(ascii: "`") ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: max(3, longest + 1))
        return fence + language + "\n" + (text.isEmpty ? "" : text + "\n") + fence
    }
}
