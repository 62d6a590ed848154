import CLibXML2
import Foundation

/// Parses HTML and XML with libxml2 into ``MarkupElement`` trees. The only Swift code that
/// touches libxml2's pointers.
///
/// Both parsers recover from broken input, never touch the network, never load a DTD or an
/// external entity, and never expand entities declared inside the document.
public enum MarkupParser {
    /// Deeper elements than this are flattened into their ancestor (hostile nesting).
    public static let maximumDepth = 256

    static let initialise: Void = { xmlInitParser() }()

    /// How both HTML parsers read: recovering as browsers do, silently, never from the network.
    static let htmlOptions = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
        | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | XML_PARSE_HUGE.rawValue)

    /// Parses an HTML document or fragment (UTF-8) and returns its `body` element, or an
    /// empty `body` when there is nothing. Unclosed tags, stray end tags and unknown
    /// entities are recovered the way browsers do.
    public static func html(_ source: String) -> MarkupElement {
        _ = initialise
        silenceErrors()
        // Wrapping a fragment keeps leading text and inline elements inside the body.
        let clean = withoutNUL(source)
        let text = looksLikeDocument(clean) ? clean : "<html><body>" + clean + "</body></html>"
        let doc: htmlDocPtr? = text.withCString { pointer in
            htmlReadMemory(pointer, Int32(clamping: strlen(pointer)), nil, "UTF-8", htmlOptions)
        }
        guard let doc else { return MarkupElement(name: "body") }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else { return MarkupElement(name: "body") }
        guard let body = find("body", in: root) else {
            return MarkupElement(name: "body", children: convertChildren(of: root, depth: 0, html: true))
        }
        return element(from: body, depth: 0, html: true)
    }

    /// `source` with NUL characters replaced by U+FFFD: a C string ends at the first NUL, which
    /// would silently cut the rest of the document.
    static func withoutNUL(_ source: String) -> String {
        source.utf8.contains(0) ? source.replacingOccurrences(of: "\0", with: "\u{FFFD}") : source
    }

    /// Parses a whole HTML document and returns its `html` element, head included.
    public static func htmlDocument(_ source: String) -> MarkupElement {
        _ = initialise
        silenceErrors()
        let doc: htmlDocPtr? = withoutNUL(source).withCString { pointer in
            htmlReadMemory(pointer, Int32(clamping: strlen(pointer)), nil, "UTF-8", htmlOptions)
        }
        guard let doc else { return MarkupElement(name: "html") }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else { return MarkupElement(name: "html") }
        return element(from: root, depth: 0, html: true)
    }

    /// Parses an XML document from bytes (encoding from its declaration, UTF-8 by default).
    public static func xml(_ data: Data) -> XMLParseResult {
        _ = initialise
        silenceErrors()
        guard let context = xmlNewParserCtxt() else { return XMLParseResult(root: nil, problems: []) }
        defer { xmlFreeParserCtxt(context) }
        let collector = ProblemCollector()
        let box = Unmanaged.passRetained(collector)
        defer { box.release() }
        context.pointee._private = box.toOpaque()
        refuseDeclarations(context)
        context.pointee.sax.pointee.serror = { userData, error in
            guard let userData, let error else { return }
            let ctxt = userData.assumingMemoryBound(to: xmlParserCtxt.self)
            guard let raw = ctxt.pointee._private else { return }
            let collector = Unmanaged<ProblemCollector>.fromOpaque(raw).takeUnretainedValue()
            let message = error.pointee.message.map { String(cString: $0) } ?? "malformed XML"
            collector.add(XMLProblem(line: Int(error.pointee.line), message: message.trimmingCharacters(in: .whitespacesAndNewlines)))
        }
        // HUGE lifts the depth limit of 256 (past which libxml2 stops and loses the rest of the
        // file) and the 10 MB text limit; no entity is ever declared, so nothing can amplify.
        let options = Int32(XML_PARSE_RECOVER.rawValue | XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue
            | XML_PARSE_NOWARNING.rawValue | XML_PARSE_COMPACT.rawValue | XML_PARSE_HUGE.rawValue)
        let doc = data.withUnsafeBytes { raw -> xmlDocPtr? in
            guard let base = raw.baseAddress else { return nil }
            return xmlCtxtReadMemory(context, base.assumingMemoryBound(to: CChar.self), Int32(clamping: raw.count), nil, nil, options)
        }
        guard let doc else { return XMLParseResult(root: nil, problems: collector.problems) }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else { return XMLParseResult(root: nil, problems: collector.problems) }
        return XMLParseResult(root: element(from: root, depth: 0, html: false), problems: collector.problems)
    }

    /// Makes the parser ignore what a DTD declares: entity declarations are never recorded (so a
    /// reference to one is undefined and dropped, never expanded), and no external subset or
    /// entity is ever resolved. This holds inside the parser, whatever bytes precede a doctype.
    private static func refuseDeclarations(_ context: xmlParserCtxtPtr) {
        guard let sax = context.pointee.sax else { return }
        sax.pointee.entityDecl = nil
        sax.pointee.unparsedEntityDecl = nil
        sax.pointee.attributeDecl = nil
        sax.pointee.elementDecl = nil
        sax.pointee.notationDecl = nil
        sax.pointee.externalSubset = nil
        sax.pointee.resolveEntity = nil
        context.pointee.replaceEntities = 0
        context.pointee.loadsubset = 0
        context.pointee.validate = 0
    }

    /// Keeps libxml2's messages off standard error on this thread: the parsers report through
    /// their own callbacks, or not at all.
    static func silenceErrors() {
        xmlSetStructuredErrorFunc(nil) { _, _ in }
    }

    /// Whether the first 2 KB hold `<html`, `<body` or `<!doctype` (any case): a whole
    /// document rather than a fragment. A byte scan: this runs once per article.
    public static func looksLikeDocument(_ source: String) -> Bool {
        let markers: [[UInt8]] = ["<html", "<body", "<!doctype"].map { Array($0.utf8) }
        var head = Array(source.utf8.prefix(2048))
        for i in head.indices where head[i] >= 0x41 && head[i] <= 0x5A { head[i] += 0x20 }
        for start in head.indices where head[start] == 0x3C {
            for marker in markers where head.count - start >= marker.count
                && head[start..<start + marker.count].elementsEqual(marker) {
                let end = start + marker.count
                if end == head.count || !isNameByte(head[end]) { return true }
            }
        }
        return false
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D
    }

    private static func find(_ name: String, in node: xmlNodePtr) -> xmlNodePtr? {
        var queue: [xmlNodePtr] = [node]
        while !queue.isEmpty {
            let current = queue.removeFirst()
            if current.pointee.type == XML_ELEMENT_NODE, string(current.pointee.name) == name { return current }
            var child = current.pointee.children
            while let c = child {
                if c.pointee.type == XML_ELEMENT_NODE { queue.append(c) }
                child = c.pointee.next
            }
        }
        return nil
    }

    private static func element(from node: xmlNodePtr, depth: Int, html: Bool) -> MarkupElement {
        let rawName = string(node.pointee.name)
        let name = html ? rawName.lowercased() : rawName
        let namespace = html ? nil : node.pointee.ns.flatMap { $0.pointee.href }.map { String(cString: $0) }
        var attributes: [MarkupAttribute] = []
        var attribute = node.pointee.properties
        while let a = attribute {
            let attrName = string(a.pointee.name)
            let value = attributeValue(a.pointee.children)
            attributes.append(MarkupAttribute(html ? attrName.lowercased() : attrName, value))
            attribute = a.pointee.next
        }
        let children = depth >= maximumDepth
            ? [MarkupNode.text(flatText(of: node))]
            : convertChildren(of: node, depth: depth + 1, html: html)
        return MarkupElement(name: name, namespace: namespace, attributes: attributes, children: children)
    }

    private static func convertChildren(of node: xmlNodePtr, depth: Int, html: Bool) -> [MarkupNode] {
        var out: [MarkupNode] = []
        var child = node.pointee.children
        while let c = child {
            switch c.pointee.type {
            case XML_ELEMENT_NODE:
                var converted = element(from: c, depth: depth, html: html)
                if html && MarkupSerializer.voidElements.contains(converted.name) && !converted.children.isEmpty {
                    // libxml2 2.9 lets `<embed>` (and a few other void elements) swallow what
                    // follows; HTML says they are empty, so their "children" are siblings.
                    let following = converted.children
                    converted.children = []
                    out.append(.element(converted))
                    out += following
                } else {
                    out.append(.element(converted))
                }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                let text = contentString(c)
                if case .text(let previous)? = out.last {
                    out[out.count - 1] = .text(previous + text)
                } else if !text.isEmpty {
                    out.append(.text(text))
                }
            case XML_COMMENT_NODE:
                out.append(.comment(contentString(c)))
            default:
                break  // entity references, processing instructions and DTD nodes are ignored
            }
            child = c.pointee.next
        }
        return out
    }

    /// An attribute's value: its text nodes joined. Entity references are never substituted
    /// (no entity is declared anyway); the predefined ones and character references are
    /// already text.
    private static func attributeValue(_ first: xmlNodePtr?) -> String {
        var out = ""
        var child = first
        while let c = child {
            if c.pointee.type == XML_TEXT_NODE { out += contentString(c) }
            child = c.pointee.next
        }
        return out
    }

    /// The text below `node`, walked without recursion (used past ``maximumDepth``).
    private static func flatText(of node: xmlNodePtr) -> String {
        var out = ""
        var current = node.pointee.children
        while let c = current {
            if c.pointee.type == XML_TEXT_NODE || c.pointee.type == XML_CDATA_SECTION_NODE { out += contentString(c) }
            if c.pointee.type == XML_ELEMENT_NODE, let first = c.pointee.children {
                current = first
                continue
            }
            var up: xmlNodePtr? = c
            while let u = up, u != node, u.pointee.next == nil { up = u.pointee.parent }
            guard let u = up, u != node else { break }
            current = u.pointee.next
        }
        return out
    }

    /// The text of a text, CDATA or comment node, its C1 controls read as Windows-1252
    /// (``Windows1252Controls``): libxml2 keeps `&#150;` as U+0096, where browsers show `–`.
    private static func contentString(_ node: xmlNodePtr) -> String {
        guard let content = node.pointee.content else { return "" }
        return Windows1252Controls.mapped(String(cString: content))
    }

    private static func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }
}

/// Gathers the XML parser's problems through libxml2's per-context error callback.
private final class ProblemCollector: @unchecked Sendable {
    private(set) var problems: [XMLProblem] = []

    func add(_ problem: XMLProblem) {
        if problems.count < 20 { problems.append(problem) }
    }
}
