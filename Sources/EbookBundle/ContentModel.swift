import MarkupTree

/// Repairs the content models XHTML requires and feeds often break, on elements whose
/// children were already rewritten:
///
/// - a table is written as `caption`, `thead`, then rows (or `tbody`s), then `tfoot`; cells
///   outside a row are wrapped in one, content inside a row that is not a cell goes into a
///   new cell, and anything else (text, paragraphs) is moved out before the table; a second
///   caption becomes a `div` before the table, a second `thead` or `tfoot` a `tbody`;
/// - a `dl` that is not terms followed by their descriptions (`dd` without `dt`, a `dt`
///   without `dd`, other content) becomes a `div`, its `dt`s and `dd`s `div`s with the
///   classes `dl`, `dt` and `dd`, so nothing is lost and no empty term is made up;
/// - a `details` gets its first `summary` first, or a generated `<summary>Details</summary>`;
///   other summaries become `div`s;
/// - content of a `ul` or `ol` that is not an `li` is put in a new `li`;
/// - a `figure` keeps one `figcaption`, as its first or last child;
/// - an element outside the only parents it may have (an `li` outside a list, a cell or row
///   outside a table, a `dt` outside a `dl`, a `summary` outside `details`…) becomes a `div`,
///   or a `span` where only phrasing content is allowed.
enum ContentModel {
    /// The parents each structural element may have; a cell or row directly in a table or a
    /// table section is allowed, as ``table(_:)`` gives it its row.
    static let parents: [String: Set<String>] = [
        "li": ["ul", "ol"],
        "dt": ["dl"],
        "dd": ["dl"],
        "td": ["tr", "table", "thead", "tbody", "tfoot"],
        "th": ["tr", "table", "thead", "tbody", "tfoot"],
        "tr": ["table", "thead", "tbody", "tfoot"],
        "caption": ["table"],
        "thead": ["table"],
        "tbody": ["table"],
        "tfoot": ["table"],
        "summary": ["details"],
        "figcaption": ["figure"],
    ]

    /// Elements whose content may be phrasing content only.
    static let phrasingParents: Set<String> = [
        "a", "abbr", "b", "cite", "code", "del", "dfn", "em", "h1", "h2", "h3", "h4", "h5", "h6", "i", "ins",
        "kbd", "mark", "p", "pre", "q", "rp", "rt", "ruby", "s", "samp", "small", "span", "strong", "sub",
        "summary", "sup", "u", "var",
    ]

    /// `children` of `parent` with every element that may not be there (see ``parents``)
    /// written as a `div`, or a `span` in a phrasing parent, and so on inside it.
    static func adopted(_ children: [MarkupNode], parent: String) -> [MarkupNode] {
        guard children.contains(where: { isOrphan($0, parent: parent) }) else { return children }
        let name = phrasingParents.contains(parent) ? "span" : "div"
        return children.map { child in
            guard isOrphan(child, parent: parent), case .element(let e) = child else { return child }
            var element = renamed(e, to: name, class: nil)
            element.children = adopted(e.children, parent: name)  // a row's cells are orphans now
            return .element(element)
        }
    }

    /// The figure with one `figcaption`, first when the first one came first, else last;
    /// other captions become `div`s.
    static func figure(_ figure: MarkupElement) -> MarkupElement {
        let significant = figure.children.filter(isSignificant)
        let captions = significant.filter { $0.element?.name == "figcaption" }
        guard captions.count > 1 || (captions.count == 1 && captions.first != significant.first
                                        && captions.first != significant.last) else { return figure }
        var caption: MarkupNode?
        var rest: [MarkupNode] = []
        for child in figure.children {
            if case .element(let e) = child, e.name == "figcaption" {
                if caption == nil { caption = child } else { rest.append(.element(renamed(e, to: "div", class: nil))) }
            } else {
                rest.append(child)
            }
        }
        guard let caption else { return figure }
        var out = figure
        out.children = significant.first == caption ? [caption] + rest : rest + [caption]
        return out
    }

    /// The list with every run of content other than `li` put in a new `li`.
    static func list(_ list: MarkupElement) -> MarkupElement {
        guard list.children.contains(where: { isSignificant($0) && $0.element?.name != "li" }) else { return list }
        return wrappingLoose(list, in: "li") { $0.name == "li" }
    }

    /// `parent` with its children that `keeps` accepts left as they are, and every run of
    /// other content (significant, with the whitespace inside it) put in a new `wrapper`.
    private static func wrappingLoose(_ parent: MarkupElement, in wrapper: String,
                                      keeps: (MarkupElement) -> Bool) -> MarkupElement {
        var out = parent
        out.children = []
        var loose: [MarkupNode] = []
        func flushLoose() {
            if loose.contains(where: isSignificant) { out.children.append(.element(MarkupElement(name: wrapper, children: loose))) }
            loose = []
        }
        for child in parent.children {
            if let element = child.element, keeps(element) {
                flushLoose()
                out.children.append(child)
            } else if isSignificant(child) || !loose.isEmpty {
                loose.append(child)
            }
        }
        flushLoose()
        return out
    }

    private static func isOrphan(_ node: MarkupNode, parent: String) -> Bool {
        guard case .element(let e) = node, let allowed = parents[e.name] else { return false }
        return !allowed.contains(parent)
    }

    /// The table with its children in a valid order, preceded by the content moved out of it.
    static func table(_ table: MarkupElement) -> [MarkupNode] {
        var before: [MarkupNode] = []
        var caption: MarkupElement?
        var head: MarkupElement?
        var foot: MarkupElement?
        var rows: [MarkupElement] = []
        var cells: [MarkupNode] = []
        func flushCells() {
            if !cells.isEmpty { rows.append(MarkupElement(name: "tr", children: cells)) }
            cells = []
        }
        for child in table.children {
            guard case .element(let e) = child else {
                if isSignificant(child) { before.append(child) }
                continue
            }
            switch e.name {
            case "td", "th":
                cells.append(child)
            case "tr":
                flushCells()
                rows.append(row(e))
            case "caption":
                if caption == nil { caption = e } else { before.append(.element(renamed(e, to: "div", class: nil))) }
            case "thead", "tbody", "tfoot":
                flushCells()
                var section = group(e, before: &before)
                if section.name == "thead", head == nil {
                    head = section
                } else if section.name == "tfoot", foot == nil {
                    foot = section
                } else {
                    section.name = "tbody"
                    rows.append(section)
                }
            default:
                before.append(child)
            }
        }
        flushCells()
        var out = table
        out.children = caption.map { [.element($0)] } ?? []
        if let head { out.children.append(.element(head)) }
        out.children += bodies(rows).map(MarkupNode.element)
        if let foot { out.children.append(.element(foot)) }
        return before + [.element(out)]
    }

    /// The `dl` as it is when its content is terms followed by their descriptions, else a `div`.
    static func definitionList(_ list: MarkupElement) -> MarkupElement {
        guard !isValidDefinitionList(list.children) else { return list }
        var out = renamed(list, to: "div", class: "dl")
        out.children = list.children.map { child in
            guard case .element(let e) = child, e.name == "dt" || e.name == "dd" else { return child }
            return .element(renamed(e, to: "div", class: e.name))
        }
        return out
    }

    /// The `details` with one `summary`, first.
    static func details(_ details: MarkupElement) -> MarkupElement {
        var summary: MarkupElement?
        var rest: [MarkupNode] = []
        for child in details.children {
            if case .element(let e) = child, e.name == "summary" {
                if summary == nil { summary = e } else { rest.append(.element(renamed(e, to: "div", class: nil))) }
            } else {
                rest.append(child)
            }
        }
        var out = details
        out.children = [.element(summary ?? MarkupElement(name: "summary", children: [.text("Details")]))] + rest
        return out
    }

    /// A row: cells kept, every run of other content put in a new cell.
    private static func row(_ row: MarkupElement) -> MarkupElement {
        wrappingLoose(row, in: "td") { $0.name == "td" || $0.name == "th" }
    }

    /// A `thead`, `tbody` or `tfoot` holding rows only: loose cells wrapped in a row, other
    /// content moved to `before`.
    private static func group(_ group: MarkupElement, before: inout [MarkupNode]) -> MarkupElement {
        var out = group
        out.children = []
        var cells: [MarkupNode] = []
        func flushCells() {
            if !cells.isEmpty { out.children.append(.element(MarkupElement(name: "tr", children: cells))) }
            cells = []
        }
        for child in group.children {
            if case .element(let e) = child, e.name == "td" || e.name == "th" {
                cells.append(child)
            } else if case .element(let e) = child, e.name == "tr" {
                flushCells()
                out.children.append(.element(row(e)))
            } else if isSignificant(child) {
                before.append(child)
            }
        }
        flushCells()
        return out
    }

    /// The table's rows and `tbody`s: as they are when of one kind, else every run of rows
    /// wrapped in a `tbody` (a table may not mix them).
    private static func bodies(_ rows: [MarkupElement]) -> [MarkupElement] {
        guard rows.contains(where: { $0.name == "tbody" }), rows.contains(where: { $0.name == "tr" }) else { return rows }
        var out: [MarkupElement] = []
        var run: [MarkupNode] = []
        for element in rows {
            if element.name == "tr" {
                run.append(.element(element))
                continue
            }
            if !run.isEmpty { out.append(MarkupElement(name: "tbody", children: run)) }
            run = []
            out.append(element)
        }
        if !run.isEmpty { out.append(MarkupElement(name: "tbody", children: run)) }
        return out
    }

    /// Whether the children are groups of one or more `dt` followed by one or more `dd`.
    private static func isValidDefinitionList(_ children: [MarkupNode]) -> Bool {
        var last = ""
        for child in children where isSignificant(child) {
            guard case .element(let e) = child else { return false }
            switch (e.name, last) {
            case ("dt", _), ("dd", "dt"), ("dd", "dd"): last = e.name
            default: return false
            }
        }
        return last != "dt"
    }

    /// The element with another name, its `id` and `title` kept, `extraClass` put before its classes.
    private static func renamed(_ e: MarkupElement, to name: String, class extraClass: String?) -> MarkupElement {
        var attributes = e.attributes.filter { $0.name == "id" || $0.name == "title" || $0.name == "class" }
        if let extraClass {
            if let index = attributes.firstIndex(where: { $0.name == "class" }) {
                attributes[index] = MarkupAttribute("class", extraClass + " " + attributes[index].value)
            } else {
                attributes.append(MarkupAttribute("class", extraClass))
            }
        }
        return MarkupElement(name: name, attributes: attributes, children: e.children)
    }

    /// Anything but whitespace text and comments.
    private static func isSignificant(_ node: MarkupNode) -> Bool {
        switch node {
        case .element: return true
        case .comment: return false
        case .text(let text): return text.contains { !$0.isWhitespace }
        }
    }
}
