import ArticleModel

/// The files of a built output, looked up by path: which files and folders exist and which
/// anchors each page has. Tells what is wrong with one address written in one file.
struct OutputIndex: Sendable {
    /// Every file's path from the output's root.
    let files: Set<String>
    /// Every folder that holds a file (the root is "").
    let folders: Set<String>
    /// The anchors of each HTML page, by path.
    let anchors: [String: Set<String>]

    /// The index of `files`, with the anchors of the pages scanned.
    init(files: Set<String>, pages: [PageScan]) {
        self.files = files
        var folders: Set<String> = [""]
        for path in files {
            var parts = path.split(separator: "/").dropLast()
            while !parts.isEmpty {
                folders.insert(parts.joined(separator: "/"))
                parts.removeLast()
            }
        }
        self.folders = folders
        anchors = Dictionary(pages.map { ($0.path, $0.anchors) }, uniquingKeysWith: { first, _ in first })
    }

    /// What is wrong with `address`, written on `line` of `file`; nil when it leads to a file
    /// (and, with a fragment, to an anchor of that page) or elsewhere than the output.
    func problem(_ address: String, line: Int, in file: String) -> Diagnostic? {
        let quoted = String(reflecting: String(address.prefix(120)))  // "…", with tabs and line breaks escaped
        switch LinkTarget(address, from: file) {
        case .external:
            return nil
        case .script:
            return Diagnostic(.error, file: file, line: line, "link \(quoted) runs a script",
                              hint: "remove it: no page of the site may run scripts from its links")
        case .rootAbsolute:
            return Diagnostic(.error, file: file, line: line, "link \(quoted) starts at the server's root, so it breaks under a sub-path and from disk",
                              hint: "make it relative to the page, as the default templates do with {{root}}")
        case .outsideOutput:
            return Diagnostic(.error, file: file, line: line, "link \(quoted) climbs out of the output folder",
                              hint: "fix the template or article that writes it, then build again")
        case .file(let path, let fragment):
            return problem(path: path, fragment: fragment, line: line, in: file)
        }
    }

    private func problem(path: String, fragment: String?, line: Int, in file: String) -> Diagnostic? {
        if files.contains(path) {
            guard let fragment, !fragment.isEmpty, fragment != "top", let ids = anchors[path], !ids.contains(fragment) else { return nil }
            return Diagnostic(.error, file: file, line: line, "broken link: \(path) has no element with id \"\(fragment.prefix(80))\"",
                              hint: "fix the #fragment, or give the element it means that id")
        }
        guard folders.contains(path) else {
            return Diagnostic(.error, file: file, line: line, "broken link: \(path) is not in the output",
                              hint: "fix the template or article that writes the link, then build again")
        }
        let index = path.isEmpty ? "index.html" : path + "/index.html"
        guard files.contains(index) else {
            return Diagnostic(.error, file: file, line: line, "broken link: the folder \(path.isEmpty ? "./" : path + "/") has no index.html",
                              hint: "link to a file in it")
        }
        return Diagnostic(.warning, file: file, line: line, "link to the folder \(path.isEmpty ? "./" : path + "/"): a web server shows its index.html, but opened from disk the browser lists the folder",
                          hint: "link to \(index)")
    }
}
