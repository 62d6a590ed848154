import CLibXML2
import Foundation

extension MarkupParser {
    /// Every attribute called one of `names`, on any element of the HTML document `source`
    /// (head and body), in document order, with the line its element starts on. The document
    /// is read as ``htmlDocument(_:)`` reads it; the walk needs no recursion, so no nesting is
    /// too deep.
    ///
    /// ```swift
    /// MarkupParser.attributes(named: ["href", "id"], inHTMLDocument: "<p id=a>\n<a href=x.html>x</a>")
    /// // [p id="a" line 1, a href="x.html" line 2]
    /// ```
    public static func attributes(named names: Set<String>, inHTMLDocument source: String) -> [LocatedAttribute] {
        _ = initialise
        silenceErrors()
        let doc: htmlDocPtr? = withoutNUL(source).withCString { pointer in
            htmlReadMemory(pointer, Int32(clamping: strlen(pointer)), nil, "UTF-8", htmlOptions)
        }
        guard let doc else { return [] }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else { return [] }
        var found: [LocatedAttribute] = []
        var node: xmlNodePtr? = root
        while let current = node {
            if current.pointee.type == XML_ELEMENT_NODE { found += located(names, on: current) }
            node = next(after: current, below: root)
        }
        return found
    }

    /// The wanted attributes of one element.
    private static func located(_ names: Set<String>, on element: xmlNodePtr) -> [LocatedAttribute] {
        var found: [LocatedAttribute] = []
        var attribute = element.pointee.properties
        while let a = attribute {
            let name = string(a.pointee.name).lowercased()
            if names.contains(name) {
                found.append(LocatedAttribute(element: string(element.pointee.name).lowercased(), name: name,
                                              value: attributeValue(a.pointee.children), line: Int(xmlGetLineNo(element))))
            }
            attribute = a.pointee.next
        }
        return found
    }

    /// The node after `node` in document order, staying below `root`; nil at the end.
    private static func next(after node: xmlNodePtr, below root: xmlNodePtr) -> xmlNodePtr? {
        if node.pointee.type == XML_ELEMENT_NODE, let child = node.pointee.children { return child }
        var current: xmlNodePtr? = node
        while let c = current, c != root {
            if let sibling = c.pointee.next { return sibling }
            current = c.pointee.parent
        }
        return nil
    }
}
