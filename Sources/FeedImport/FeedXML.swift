import ArticleModel
import Foundation
import MarkupTree

/// Feed XML read item by item. The file, already UTF-8 (see ``InputNormalizer``), has its
/// entities prepared once (see ``XMLEntityRewriter``), then is cut into items
/// (``ItemSplitter``): the rest of the file, the channel, is parsed as one document, and each
/// item on its own when a reader asks for it, inside the start tags that enclose it (so its
/// namespaces and `xml:base` are those of the file). A broken item costs only itself.
struct FeedXML: Sendable {
    /// The file name used in diagnostics.
    let file: String
    /// The root element without its items (the channel's metadata), when any XML could be read.
    let root: MarkupElement?
    /// The items, in file order.
    let items: [ItemSplitter.Span]
    /// Problems with the file outside its items, or the error that nothing could be read.
    let diagnostics: [Diagnostic]
    private let bytes: [UInt8]
    /// The file's XML declaration (`<?xml … encoding="…"?>`), repeated before every item.
    private let declaration: [UInt8]
    /// Whether items are RSS's, whose text elements may hold unescaped HTML (see ``TextElementShield``).
    private let shieldsText: Bool

    /// Reads `data`, whose items are elements called `itemName` (`item`, `entry`).
    init(_ data: Data, file: String, itemName: String) {
        bytes = [UInt8](XMLEntityRewriter.rewrite(data))
        self.file = file
        declaration = Self.declaration(of: bytes)
        shieldsText = itemName == "item"
        let (head, spans) = ItemSplitter.split(bytes, itemName: itemName)
        items = spans
        let parsed = MarkupParser.xml(Data(head))
        root = parsed.root?.lowercasingNames
        diagnostics = Self.fileDiagnostics(parsed.problems, hasRoot: parsed.root != nil, file: file, lines: head)
    }

    /// The error for a file whose XML is malformed and in which no item was found: nothing in it
    /// can be trusted to be a feed. Nil when there are items or the XML was well-formed.
    var malformedWithoutItems: Diagnostic? {
        guard items.isEmpty, root != nil, !diagnostics.isEmpty else { return nil }
        return Diagnostic(.error, file: file, "the XML is malformed and holds no item; nothing was imported",
                          hint: "check that the file is a complete feed")
    }

    /// One item parsed: its element, the `xml:base` in force for it, and what was wrong.
    struct Item: Sendable {
        /// The item's element; nil when it could not be read (then `diagnostics` say why).
        var element: MarkupElement?
        /// The base URL its relative links are resolved against, from `xml:base` on it and the
        /// elements around it, when any.
        var base: String?
        /// Warnings and errors about this item, located at its line.
        var diagnostics: [Diagnostic]
    }

    /// Parses the item `span`, the `index`th (1-based) of the file.
    func item(_ span: ItemSplitter.Span, index: Int) -> Item {
        let location = "item \(index)"
        if span.truncated {
            return Item(element: nil, base: nil, diagnostics: [
                Diagnostic(.error, file: file, item: location, line: span.line,
                           "the file ends inside this item, so it is incomplete; skipped",
                           hint: "the file is cut off: download it again"),
            ])
        }
        let (document, names) = wrapped(span, shielded: false)
        var parsed = MarkupParser.xml(document)
        if shieldsText, !parsed.problems.isEmpty {
            // HTML written into a title or description without escaping: read it as text.
            let second = MarkupParser.xml(wrapped(span, shielded: true).0)
            if second.problems.count < parsed.problems.count { parsed = second }
        }
        var chain: [MarkupElement] = []
        var current = parsed.root
        while let element = current, chain.count <= names {
            chain.append(element)
            current = element.childElements.first
        }
        let element = chain.count == names + 1 ? chain.last?.lowercasingNames : nil
        return Item(element: element, base: Self.base(of: chain),
                    diagnostics: problems(parsed.problems, span: span, location: location, read: element != nil))
    }

    /// The item inside copies of the start tags around it, on the item's first line, with the
    /// end tags it needs; and how many enclosing elements there are.
    private func wrapped(_ span: ItemSplitter.Span, shielded: Bool) -> (Data, Int) {
        var out = declaration
        var names: [[UInt8]] = []
        for tag in span.context {
            out += bytes[tag].map { $0 == 0x0A || $0 == 0x0D ? 0x20 : $0 }
            names.append(Array(bytes[(tag.lowerBound + 1)...].prefix { !Self.endsName($0) }))
        }
        let itemBytes = shielded ? TextElementShield.shield(bytes[span.range])[...] : bytes[span.range]
        out += itemBytes
        if span.unclosed {
            let name = itemBytes.dropFirst().prefix { !Self.endsName($0) }
            out += Array("</".utf8) + name + [UInt8(ascii: ">")]
        }
        for name in names.reversed() { out += Array("</".utf8) + name + [UInt8(ascii: ">")] }
        return (Data(out), names.count)
    }

    private func problems(_ problems: [XMLProblem], span: ItemSplitter.Span, location: String, read: Bool) -> [Diagnostic] {
        guard let first = problems.first else {
            if read && span.unclosed {
                return [Diagnostic(.warning, file: file, item: location, line: span.line,
                                   "the item is not closed: its end tag is missing; kept what could be read", hint: "check the item near this line")]
            }
            return read ? [] : [Diagnostic(.error, file: file, item: location, line: span.line,
                                           "holds no XML element that could be read; skipped",
                                           hint: "check the item near this line")]
        }
        let line = span.line + max(first.line, 1) - 1
        let more = problems.count > 1 ? " (and \(problems.count - 1) more problems)" : ""
        guard read else {
            return [Diagnostic(.error, file: file, item: location, line: line,
                               "could not read the item's XML: \(first.message)\(more); skipped",
                               hint: "check the item near this line")]
        }
        let fix = span.unclosed ? "; its end tag is missing" : ""
        return [Diagnostic(.warning, file: file, item: location, line: line,
                           "the item's XML is malformed: \(first.message)\(more)\(fix); kept what could be read",
                           hint: "check the item near this line")]
    }

    /// The `xml:base` in force at the last element of `chain`, each one resolved against the one before.
    static func base(of chain: [MarkupElement]) -> String? {
        var base: String?
        for element in chain {
            guard let value = element.attribute("base")?.trimmingWhitespace, !value.isEmpty else { continue }
            base = resolve(value, against: base)
        }
        return base
    }

    /// `reference` resolved against `base` (either may be nil or relative); `reference` when it cannot be.
    static func resolve(_ reference: String, against base: String?) -> String {
        guard let base, let baseURL = URL(string: base),
              let resolved = URL(string: reference, relativeTo: baseURL)?.absoluteString else { return reference }
        return resolved
    }

    /// The XML declaration that opens `bytes`, line breaks made spaces; empty when there is none.
    private static func declaration(of bytes: [UInt8]) -> [UInt8] {
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        guard bytes[start...].starts(with: Array("<?xml".utf8)) else { return [] }
        var j = start + 5
        while j + 1 < bytes.count, !(bytes[j] == UInt8(ascii: "?") && bytes[j + 1] == UInt8(ascii: ">")) { j += 1 }
        guard j + 1 < bytes.count else { return [] }
        return bytes[start...(j + 1)].map { $0 == 0x0A || $0 == 0x0D ? 0x20 : $0 }
    }

    private static func endsName(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == UInt8(ascii: ">") || b == UInt8(ascii: "/")
    }
}

extension FeedXML {
    /// How many items are parsed at once (on every core) before they are handed on: bounds the
    /// item trees held in memory at any time.
    static let chunk = 512

    /// Every item parsed (in chunks, on every core) and read by `transform` (element, 1-based
    /// index, line, the `xml:base` in force); `collect` gets the results in file order, each
    /// with the item's diagnostics (nil for an item that could not be read).
    func forEachItem<T: Sendable>(_ transform: @escaping @Sendable (MarkupElement, _ index: Int, _ line: Int, _ base: String?) -> T,
                                  _ collect: (T?, [Diagnostic]) -> Void) {
        var start = 0
        while start < items.count {
            let end = min(start + Self.chunk, items.count)
            let read = Parallel.map(Array(start..<end)) { index -> (T?, [Diagnostic]) in
                let span = self.items[index]
                let parsed = self.item(span, index: index + 1)
                return (parsed.element.map { transform($0, index + 1, span.line, parsed.base) }, parsed.diagnostics)
            }
            for (result, diagnostics) in read { collect(result, diagnostics) }
            start = end
        }
    }

    /// Every item made into an entry: read by `rawItem` (element, index, line), given the
    /// `xml:base` in force, and checked by `assembler` in file order. Items that cannot be read
    /// are reported there and skipped.
    func entries(_ assembler: inout EntryAssembler,
                 _ rawItem: @escaping @Sendable (MarkupElement, _ index: Int, _ line: Int) -> RawItem) -> [FeedEntry] {
        var entries: [FeedEntry] = []
        forEachItem({ element, index, line, base in
            var raw = rawItem(element, index, line)
            if let base {
                raw.baseURL = raw.baseURL.map { FeedXML.resolve($0, against: base) } ?? base
                raw.link = raw.link.map { FeedXML.resolve($0, against: base) }
            }
            return raw
        }, { raw, diagnostics in
            diagnostics.forEach { assembler.report($0) }
            if let raw, let entry = assembler.entry(from: raw) { entries.append(entry) }
        })
        return entries
    }
}
