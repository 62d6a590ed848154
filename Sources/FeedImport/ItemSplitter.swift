/// Cuts feed XML into its items at the byte level, so that each item is parsed on its own: a
/// parse error loses only the item it is in, a file of any size is parsed one item at a time,
/// and a cut-off last item is recognised rather than published half-read.
///
/// An item is a start tag whose local name is the item name (`item`, `rss:item`, `entry`)
/// outside any other item, up to its end tag; an item left unclosed ends where the next item
/// starts or where an enclosing element ends. Markup inside CDATA sections, comments and
/// processing instructions is never taken for a tag.
struct ItemSplitter {
    /// One item's place in the file.
    struct Span: Sendable {
        /// The bytes of the item, start tag to end tag.
        var range: Range<Int>
        /// The 1-based line its start tag is on.
        var line: Int
        /// The start tags of the elements enclosing it (`<rss …><channel>`), for namespaces and `xml:base`.
        var context: [Range<Int>]
        /// Whether its end tag is missing (it is then closed where the next item or its parent begins).
        var unclosed: Bool
        /// Whether the file ends inside it.
        var truncated: Bool
    }

    private let bytes: XMLBytes
    private let itemName: [UInt8]
    private var i = 0
    private var line = 1
    private var open: [(name: [UInt8], tag: Range<Int>)] = []
    private(set) var spans: [Span] = []
    /// The file with every item's bytes replaced by its line breaks, so lines keep their numbers.
    private(set) var head: [UInt8] = []
    private var copied = 0

    /// Splits `bytes`, looking for items called `itemName`.
    static func split(_ bytes: [UInt8], itemName: String) -> (head: [UInt8], spans: [Span]) {
        bytes.withUnsafeBufferPointer { buffer in
            var splitter = ItemSplitter(bytes: XMLBytes(bytes: buffer), itemName: Array(itemName.utf8))
            splitter.run()
            return (splitter.head, splitter.spans)
        }
    }

    private init(bytes: XMLBytes, itemName: [UInt8]) {
        self.bytes = bytes
        self.itemName = itemName
    }

    private mutating func run() {
        while i < bytes.count {
            if bytes[i] == 0x0A { line += 1 }
            guard bytes[i] == UInt8(ascii: "<") else {
                i += 1
                continue
            }
            outsideMarkup()
        }
        head += bytes.bytes[copied..<bytes.count]
    }

    /// Handles the markup at `i` outside items: sections, declarations, end and start tags.
    private mutating func outsideMarkup() {
        if let end = bytes.endOfSection(at: i) ?? declarationEnd(at: i) {
            skip(to: end)
            return
        }
        guard let tag = tag(at: i) else {
            i += 1
            return
        }
        if tag.isEnd {
            if let index = open.lastIndex(where: { $0.name == tag.name }) { open.removeSubrange(index...) }
        } else if localName(tag.name) == itemName {
            item(from: tag)
            return
        } else if !tag.selfClosing {
            open.append((tag.name, i..<tag.end))
        }
        skip(to: tag.end)
    }

    /// Records the item whose start tag is `tag` (at `i`) and moves past it.
    private mutating func item(from tag: Tag) {
        let start = i
        let startLine = line
        var unclosed = false
        var truncated = false
        var end = tag.end
        skip(to: tag.end)
        if !tag.selfClosing {
            (end, unclosed, truncated) = itemEnd(name: tag.name)
        }
        spans.append(Span(range: start..<end, line: startLine, context: open.map(\.tag),
                          unclosed: unclosed, truncated: truncated))
        head += bytes.bytes[copied..<start]
        head += bytes.bytes[start..<end].filter { $0 == 0x0A }
        copied = end
    }

    /// Finds where the current item ends: after its end tag, else before the next item or the
    /// end tag of an enclosing element (unclosed), else at the end of the file (truncated).
    private mutating func itemEnd(name: [UInt8]) -> (Int, unclosed: Bool, truncated: Bool) {
        while i < bytes.count {
            if bytes[i] == 0x0A { line += 1 }
            guard bytes[i] == UInt8(ascii: "<") else {
                i += 1
                continue
            }
            // A section never closed (`<![CDATA[` cut off) would swallow every later item: one
            // that runs to the end of the file, or past this item's own end tag, is taken to
            // end there, and the item's own parse reports it.
            if let end = bytes.endOfSection(at: i) {
                if let close = endTag(name, in: i..<end) {
                    skip(to: close)
                    return (close, false, false)
                }
                if end < bytes.count {
                    skip(to: end)
                    continue
                }
            }
            guard let tag = tag(at: i) else {
                i += 1
                continue
            }
            if tag.isEnd && localName(tag.name) == itemName {
                skip(to: tag.end)
                return (tag.end, false, false)
            }
            if (!tag.isEnd && localName(tag.name) == itemName) || (tag.isEnd && open.contains { $0.name == tag.name }) {
                return (i, true, false)
            }
            skip(to: tag.end)
        }
        return (bytes.count, true, true)
    }

    /// The index after the first `</name>` inside `range`, if any.
    private func endTag(_ name: [UInt8], in range: Range<Int>) -> Int? {
        let tag = Array("</".utf8) + name + [UInt8(ascii: ">")]
        var k = range.lowerBound
        while k + tag.count <= range.upperBound {
            if bytes[k] == UInt8(ascii: "<"), bytes.starts(at: k, with: tag) { return k + tag.count }
            k += 1
        }
        return nil
    }

    /// Moves `i` to `end`, counting the line breaks passed.
    private mutating func skip(to end: Int) {
        var k = i + 1
        while k < end {
            if bytes[k] == 0x0A { line += 1 }
            k += 1
        }
        i = max(end, i + 1)
    }

    /// A tag's name, whether it is an end tag or self-closing, and the index after its `>`.
    private struct Tag {
        var name: [UInt8]
        var isEnd: Bool
        var selfClosing: Bool
        var end: Int
    }

    /// The start or end tag at `start` (which holds `<`), or nil when no tag name follows.
    private func tag(at start: Int) -> Tag? {
        var j = start + 1
        let isEnd = j < bytes.count && bytes[j] == UInt8(ascii: "/")
        if isEnd { j += 1 }
        let nameStart = j
        while j < bytes.count, isNameByte(bytes[j]) { j += 1 }
        guard j > nameStart else { return nil }
        let name = Array(bytes.bytes[nameStart..<j])
        var quote: UInt8?
        while j < bytes.count {
            let b = bytes[j]
            if let q = quote {
                if b == q { quote = nil }
            } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                quote = b
            } else if b == UInt8(ascii: ">") {
                return Tag(name: name, isEnd: isEnd, selfClosing: bytes[j - 1] == UInt8(ascii: "/"), end: j + 1)
            } else if b == UInt8(ascii: "<") {
                break  // a broken tag: end it here
            }
            j += 1
        }
        return Tag(name: name, isEnd: isEnd, selfClosing: false, end: j)
    }

    /// The index after a `<!DOCTYPE …>` or other `<!…>` declaration at `start`, or nil when none starts there.
    private func declarationEnd(at start: Int) -> Int? {
        guard start + 1 < bytes.count, bytes[start + 1] == UInt8(ascii: "!") else { return nil }
        return bytes.endOfDeclaration(at: start)
    }

    /// The name after its prefix, ASCII letters lowercased (`rss:Item` → `item`).
    private func localName(_ name: [UInt8]) -> ArraySlice<UInt8> {
        let local = name.lastIndex(of: UInt8(ascii: ":")).map { name[($0 + 1)...] } ?? name[...]
        return ArraySlice(local.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 })
    }

    private func isNameByte(_ b: UInt8) -> Bool {
        b >= 0x80 || (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39)
            || b == UInt8(ascii: "_") || b == UInt8(ascii: "-") || b == UInt8(ascii: ".") || b == UInt8(ascii: ":")
    }
}

private func == (a: ArraySlice<UInt8>, b: [UInt8]) -> Bool { a.elementsEqual(b) }
