import MarkupTree

/// What one HTML page of the output holds for the checker: the addresses it refers to, with
/// their lines, and the ids its fragments can point at.
struct PageScan: Sendable {
    /// Attributes whose value is one address.
    static let addressAttributes: Set<String> = ["href", "src", "action", "poster", "data"]
    /// Attributes whose value is a list of addresses with sizes (`a.jpg 1x, b.jpg 2x`).
    static let sourceSetAttributes: Set<String> = ["srcset"]

    /// The page's path from the output's root.
    let path: String
    /// Every address on the page, as written, with the line of its element.
    let references: [(address: String, line: Int)]
    /// Every `id`, and every `name` of an `a` element: the targets of `#fragment`.
    let anchors: Set<String>

    /// Scans the page's text.
    init(path: String, html: String) {
        self.path = path
        let names = Self.addressAttributes.union(Self.sourceSetAttributes).union(["id", "name"])
        var references: [(address: String, line: Int)] = []
        var anchors: Set<String> = []
        for attribute in MarkupParser.attributes(named: names, inHTMLDocument: html) {
            switch attribute.name {
            case "id": anchors.insert(attribute.value)
            case "name": if attribute.element == "a" { anchors.insert(attribute.value) }
            case "srcset": references += Self.sources(attribute.value).map { ($0, attribute.line) }
            case "data": if attribute.element == "object" { references.append((attribute.value, attribute.line)) }
            default: references.append((attribute.value, attribute.line))
            }
        }
        self.references = references
        self.anchors = anchors
    }

    /// The addresses of a `srcset`: each comma-separated candidate's first word.
    static func sources(_ value: String) -> [String] {
        value.split(separator: ",").compactMap { $0.split(whereSeparator: \.isWhitespace).first.map(String.init) }
    }
}
