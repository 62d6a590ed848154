import CLibXML2
import Foundation

extension MarkupParser {
    /// Every attribute called one of `names`, on any element of the HTML document `source`
    /// (head and body), in document order, with the line its start tag ends on. The document is
    /// read as ``htmlDocument(_:)`` reads it (the same parser and options), but streamed: no
    /// tree is built, so a page of any size costs only the attributes kept.
    ///
    /// ```swift
    /// MarkupParser.attributes(named: ["href", "id"], inHTMLDocument: "<p id=a>\n<a href=x.html>x</a>")
    /// // [p id="a" line 1, a href="x.html" line 2]
    /// ```
    public static func attributes(named names: Set<String>, inHTMLDocument source: String) -> [LocatedAttribute] {
        _ = initialise
        silenceErrors()
        let collector = AttributeCollector(names: names)
        withoutNUL(source).withCString { pointer in
            guard let context = htmlCreateMemoryParserCtxt(pointer, Int32(clamping: strlen(pointer))) else { return }
            defer { htmlFreeParserCtxt(context) }
            _ = htmlCtxtUseOptions(context, htmlOptions)
            streamStartTags(context)
            let box = Unmanaged.passRetained(collector)
            defer { box.release() }
            context.pointee._private = box.toOpaque()
            _ = htmlParseDocument(context)
            if let doc = context.pointee.myDoc { xmlFreeDoc(doc) }  // none is built; freed should one be
        }
        return collector.found
    }

    /// Leaves only the start-tag callback in the context's handler (its own copy, which
    /// htmlFreeParserCtxt frees): nothing builds a document.
    private static func streamStartTags(_ context: htmlParserCtxtPtr) {
        guard let sax = context.pointee.sax else { return }
        sax.pointee = xmlSAXHandler()
        sax.pointee.startElement = { userData, name, attributes in
            guard let userData, let name else { return }
            let context = userData.assumingMemoryBound(to: xmlParserCtxt.self)
            guard let raw = context.pointee._private else { return }
            let collector = Unmanaged<AttributeCollector>.fromOpaque(raw).takeUnretainedValue()
            collector.add(element: name, attributes: attributes, line: Int(context.pointee.input?.pointee.line ?? 0))
        }
    }
}

/// Gathers the wanted attributes of each start tag, in order.
private final class AttributeCollector: @unchecked Sendable {
    let names: Set<String>
    private(set) var found: [LocatedAttribute] = []

    init(names: Set<String>) { self.names = names }

    /// The wanted attributes of one start tag; `attributes` is libxml2's list of name, value pairs.
    func add(element: UnsafePointer<xmlChar>, attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, line: Int) {
        guard let attributes else { return }
        var index = 0
        var elementName: String?
        while let name = attributes[index] {
            defer { index += 2 }
            let attribute = String(cString: name).lowercased()
            guard names.contains(attribute) else { continue }
            let value = attributes[index + 1].map { Windows1252Controls.mapped(String(cString: $0)) } ?? ""
            if elementName == nil { elementName = String(cString: element).lowercased() }
            found.append(LocatedAttribute(element: elementName ?? "", name: attribute, value: value, line: line))
        }
    }
}
