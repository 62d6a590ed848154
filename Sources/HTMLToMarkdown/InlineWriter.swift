import ArticleModel
import MarkupTree

/// Writes inline HTML (text, emphasis, links, images, code, line breaks) as Markdown into a
/// byte buffer, collapsing whitespace the way a browser does and escaping in the same pass.
struct InlineWriter {
    /// The Markdown of the current paragraph.
    private(set) var out: [UInt8] = []
    /// Paragraphs already ended by a double line break (only at the top level).
    private var finished: [[UInt8]] = []
    /// Whitespace seen and not yet written: written only before more content.
    private(set) var pendingSpace = false
    /// Whether whitespace came before any content.
    private(set) var leadingSpace = false
    private var lastWasBreak = false
    private var closing: DelimiterRun?
    private var inEmphasis = false
    private var inStrong = false
    /// Inside link text, where `]` must be escaped.
    var inLinkText = false
    /// Whether a double `<br>` may split the content into paragraphs.
    var splitsParagraphs = true
    /// Whether `<br>` becomes a space (headings).
    var breaksAsSpaces = false

    /// A writer for an element's content inside this one.
    private func nested() -> InlineWriter {
        var inner = InlineWriter()
        inner.inLinkText = inLinkText
        inner.splitsParagraphs = false
        inner.breaksAsSpaces = breaksAsSpaces
        inner.inEmphasis = inEmphasis
        inner.inStrong = inStrong
        return inner
    }

    /// The paragraphs written, trailing line breaks removed, empty ones left out.
    mutating func paragraphs() -> [[UInt8]] {
        stripTrailingBreak()
        if !out.isEmpty { finished.append(out) }
        out = []
        return finished
    }

    /// The content written as one run (for nested writers).
    private mutating func content() -> [UInt8] {
        stripTrailingBreak()
        return out
    }

    private mutating func stripTrailingBreak() {
        if lastWasBreak, out.count >= 2 { out.removeLast(2) }
        lastWasBreak = false
    }

    // MARK: Emitting

    private mutating func flushSpace() {
        guard pendingSpace else { return }
        pendingSpace = false
        if out.isEmpty {
            leadingSpace = true
        } else if out.last != 0x0A {
            settleClosing(next: 0x20)
            out.append(0x20)
        }
    }

    private mutating func emit<C: Collection>(_ bytes: C) where C.Element == UInt8 {
        guard let first = bytes.first else { return }
        flushSpace()
        if closing != nil { settleClosing(next: first) }
        out.append(contentsOf: bytes)
        lastWasBreak = false
    }

    private mutating func emit(_ text: String) { emit(text.utf8) }

    /// Turns the last emphasis into HTML tags when `next` would stop its closing delimiter
    /// from closing.
    private mutating func settleClosing(next: UInt8) {
        guard let run = closing else { return }
        closing = nil
        guard ByteClass.isAlphanumeric(next) || next >= 0x80 else { return }
        out.replaceSubrange(run.close..<run.close + run.length, with: Array("</\(run.tag)>".utf8))
        out.replaceSubrange(run.open..<run.open + run.length, with: Array("<\(run.tag)>".utf8))
    }

    /// The character before the next one written: `0x20` after whitespace, nil when unknown.
    private var previousByte: UInt8? {
        if pendingSpace { return out.isEmpty ? nil : 0x20 }
        guard let last = out.last, last != 0x0A else { return nil }
        return last
    }

    // MARK: Nodes

    /// Writes nodes in order.
    mutating func write(_ nodes: [MarkupNode]) {
        for node in nodes { write(node) }
    }

    /// Writes one node.
    mutating func write(_ node: MarkupNode) {
        switch node {
        case .text(let text): write(text: text)
        case .comment: break
        case .element(let element): write(element)
        }
    }

    private mutating func write(_ element: MarkupElement) {
        switch element.name {
        case "br": lineBreak()
        case "em", "i", "cite", "var", "dfn": emphasis(element.children, strong: false)
        case "strong", "b": emphasis(element.children, strong: true)
        case "code", "kbd", "samp", "tt": codeSpan(Self.text(of: element.children, breaks: " "))
        case "a": link(element)
        case "img": image(element)
        case "sub", "sup", "del", "s", "ins", "mark", "small", "u", "q", "abbr": rawTag(element)
        default:
            if ElementKind.isBlock(element.name) { pendingSpace = true }
            write(element.children)
            if ElementKind.isBlock(element.name) { pendingSpace = true }
        }
    }

    /// Writes text: whitespace collapsed, `&nbsp;` made visible, Markdown syntax escaped.
    /// Runs of ordinary bytes are copied in one go.
    mutating func write(text: String) {
        let bytes = Array(text.utf8)
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if ByteClass.isSpace(byte) {
                pendingSpace = true
                i += 1
            } else if byte == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xA0 {
                emit("&nbsp;")
                i += 2
            } else if ByteClass.mayNeedEscape(byte) {
                let next = Self.written(after: i, in: bytes)
                if MarkdownEscaper.needsEscape(bytes, at: i, previous: previousByte, next: next, inLinkText: inLinkText) {
                    emit(CollectionOfOne(UInt8(ascii: "\\")))
                    out.append(byte)
                } else {
                    emit(CollectionOfOne(byte))
                }
                i += 1
            } else {
                var end = i + 1
                while end < bytes.count, ByteClass.isPlain(bytes[end]) { end += 1 }
                emit(bytes[i..<end])
                i = end
            }
        }
    }

    /// The first byte written for what follows `index`: `0x20` for whitespace that more text
    /// follows, `&` for a non-breaking space (written `&nbsp;`), nil when unknown (the end, or
    /// trailing whitespace, which may be dropped or moved past a delimiter).
    private static func written(after index: Int, in bytes: [UInt8]) -> UInt8? {
        guard index + 1 < bytes.count else { return nil }
        let next = bytes[index + 1]
        if ByteClass.isSpace(next) {
            return bytes[(index + 1)...].contains { !ByteClass.isSpace($0) } ? 0x20 : nil
        }
        if next == 0xC2, index + 2 < bytes.count, bytes[index + 2] == 0xA0 { return UInt8(ascii: "&") }
        return next
    }

    private mutating func lineBreak() {
        if breaksAsSpaces {
            pendingSpace = true
            return
        }
        guard !out.isEmpty else { return }
        if lastWasBreak {
            guard splitsParagraphs else { return }
            stripTrailingBreak()
            finished.append(out)
            out = []
            pendingSpace = false
            return
        }
        pendingSpace = false
        closing = nil
        while out.last == 0x20 { out.removeLast() }
        out.append(contentsOf: [UInt8(ascii: "\\"), 0x0A])
        lastWasBreak = true
    }

    private mutating func emphasis(_ children: [MarkupNode], strong: Bool) {
        if strong ? inStrong : inEmphasis {
            write(children)
            return
        }
        var inner = nested()
        if strong { inner.inStrong = true } else { inner.inEmphasis = true }
        inner.write(children)
        let body = inner.content()
        if inner.leadingSpace { pendingSpace = true }
        guard !body.isEmpty else {
            if inner.pendingSpace { pendingSpace = true }
            return
        }
        flushSpace()
        let text = String(decoding: body, as: UTF8.self)
        let tag = strong ? "strong" : "em"
        let delimiter = strong ? "**" : "*"
        let startsWithPunctuation = text.unicodeScalars.first.map(ByteClass.isPunctuation) ?? false
        let previous = previousByte
        let afterDelimiter = previous == UInt8(ascii: "*")
        if afterDelimiter || (startsWithPunctuation && previous.map { !ByteClass.isPunctuation($0) } ?? false) {
            emit("<\(tag)>" + text + "</\(tag)>")
        } else {
            // Safe to keep offsets: a pending closing run is settled by this `*`, punctuation,
            // which never rewrites the buffer.
            let open = out.count
            emit(delimiter + text)
            let close = out.count
            emit(delimiter)
            if text.unicodeScalars.last.map(ByteClass.isPunctuation) ?? false {
                closing = DelimiterRun(open: open, close: close, length: delimiter.utf8.count, tag: tag)
            }
        }
        if inner.pendingSpace { pendingSpace = true }
    }

    /// The text of `nodes` with each `<br>` written as `breaks`: a space in inline code, where
    /// a line break cannot be written and the words on either side must stay apart, a line
    /// feed in a code block.
    static func text(of nodes: [MarkupNode], breaks: String) -> String {
        var out = ""
        appendText(of: nodes, breaks: breaks, to: &out)
        return out
    }

    private static func appendText(of nodes: [MarkupNode], breaks: String, to out: inout String) {
        for node in nodes {
            switch node {
            case .text(let text): out += text
            case .comment: break
            case .element(let element) where element.name == "br": out += breaks
            case .element(let element): appendText(of: element.children, breaks: breaks, to: &out)
            }
        }
    }

    private mutating func codeSpan(_ raw: String) {
        if let first = raw.utf8.first, ByteClass.isSpace(first) { pendingSpace = true }
        let text = raw.collapsedASCIIWhitespace
        guard !text.isEmpty else { return }
        var longest = 0
        var run = 0
        for byte in text.utf8 {
            run = byte == UInt8(ascii: "`") ? run + 1 : 0
            longest = max(longest, run)
        }
        if previousByte == UInt8(ascii: "`") {
            // Right after another code span the fences would merge: use a tag instead.
            emit("<code>")
            write(text: text)
            emit("</code>")
            return
        }
        let fence = String(repeating: "`", count: longest + 1)
        let pad = text.hasPrefix("`") || text.hasSuffix("`") ? " " : ""
        emit(fence + pad + text + pad + fence)
        if let last = raw.utf8.last, ByteClass.isSpace(last) { pendingSpace = true }
    }

    /// Writes a link. A link inside link text keeps only its text: CommonMark allows no link
    /// in a link, so the outer one would fall apart into text, its title with it.
    private mutating func link(_ element: MarkupElement) {
        guard let href = element.attribute("href"), !inLinkText else {
            write(element.children)
            return
        }
        let text = element.textContent
        let showsNothing = text.collapsedForRules.isEmpty && !Self.containsImage(element.children)
        if showsNothing || text.collapsedASCIIWhitespace == href, LinkForm.isAutolinkable(href), element.child("img") == nil {
            if let first = text.utf8.first, ByteClass.isSpace(first) { pendingSpace = true }
            emit("<" + href + ">")
            if let last = text.utf8.last, ByteClass.isSpace(last) { pendingSpace = true }
            return
        }
        if showsNothing {
            addressLink(href, around: text)
            return
        }
        var inner = nested()
        inner.inLinkText = true
        inner.write(element.children)
        let body = inner.content()
        if inner.leadingSpace { pendingSpace = true }
        if !body.isEmpty {
            if !pendingSpace, out.last == UInt8(ascii: "!") { out.insert(UInt8(ascii: "\\"), at: out.count - 1) }
            let title = element.attribute("title").map { " " + MarkdownEscaper.title($0) } ?? ""
            emit("[" + String(decoding: body, as: UTF8.self) + "](" + MarkdownEscaper.destination(href) + title + ")")
        }
        if inner.pendingSpace { pendingSpace = true }
    }

    /// Writes a link that shows nothing (no text, no image) with its address as its text, so
    /// that it stays visible: `[/a](/a)`, `[x@news.example](mailto:x@news.example)`.
    private mutating func addressLink(_ href: String, around text: String) {
        if let first = text.utf8.first, ByteClass.isSpace(first) { pendingSpace = true }
        var shown = href.trimmingWhitespace
        if shown.lowercased().hasPrefix("mailto:") { shown.removeFirst("mailto:".count) }
        var inner = nested()
        inner.inLinkText = true
        inner.write(text: shown.isEmpty ? href : shown)
        let body = inner.content()
        if !body.isEmpty {
            if !pendingSpace, out.last == UInt8(ascii: "!") { out.insert(UInt8(ascii: "\\"), at: out.count - 1) }
            emit("[" + String(decoding: body, as: UTF8.self) + "](" + MarkdownEscaper.destination(href) + ")")
        }
        if let last = text.utf8.last, ByteClass.isSpace(last) { pendingSpace = true }
    }

    /// Whether `nodes` hold an image, at any depth.
    static func containsImage(_ nodes: [MarkupNode]) -> Bool {
        nodes.contains { node in
            guard let element = node.element else { return false }
            return element.name == "img" || containsImage(element.children)
        }
    }

    private mutating func image(_ element: MarkupElement) {
        guard let src = element.attribute("src") else { return }
        var alt = nested()
        alt.inLinkText = true
        alt.write(text: element.attribute("alt") ?? "")
        let title = element.attribute("title").map { " " + MarkdownEscaper.title($0) } ?? ""
        emit("![" + String(decoding: alt.content(), as: UTF8.self) + "](" + MarkdownEscaper.destination(src) + title + ")")
    }

    private mutating func rawTag(_ element: MarkupElement) {
        var inner = nested()
        inner.write(element.children)
        let body = inner.content()
        if inner.leadingSpace { pendingSpace = true }
        if !body.isEmpty {
            var open = "<" + element.name
            for attribute in element.attributes {
                open += " \(attribute.name)=\"\(MarkupSerializer.escapeAttribute(attribute.value))\""
            }
            emit(open + ">" + String(decoding: body, as: UTF8.self) + "</\(element.name)>")
        }
        if inner.pendingSpace { pendingSpace = true }
    }
}
