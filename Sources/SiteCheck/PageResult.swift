import ArticleModel

/// One page of the output after the checker's first pass: its anchors, the problems found
/// from the list of files alone, and the fragments still to look for in other pages. Pages
/// are dropped as they are read, so only this much of each is kept.
struct PageResult: Sendable {
    /// The page's path from the output's root.
    let path: String
    /// Its ids, and the names of its `a` elements.
    let anchors: Set<String>
    /// What is wrong with its addresses that the list of files shows.
    let problems: [Diagnostic]
    /// Addresses with a `#fragment` into a page: that page, the fragment, the line written on.
    let pendingAnchors: [(page: String, fragment: String, line: Int)]
    /// How many addresses the page has.
    let references: Int

    /// Reads the page and checks its addresses against `index`.
    init(path: String, html: String, index: OutputIndex) {
        let scan = PageScan(path: path, html: html)
        var problems: [Diagnostic] = []
        var pending: [(page: String, fragment: String, line: Int)] = []
        for reference in scan.references {
            switch index.verdict(reference.address, line: reference.line, in: path) {
            case .fine: continue
            case .problem(let problem): problems.append(problem)
            case .needsAnchor(let page, let fragment): pending.append((page, fragment, reference.line))
            }
        }
        self.path = path
        anchors = scan.anchors
        self.problems = problems
        pendingAnchors = pending
        references = scan.references.count
    }
}
