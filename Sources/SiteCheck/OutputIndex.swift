import ArticleModel

/// The files of a built output, looked up by path: which files and folders exist. Tells what
/// is wrong with one address written in one file (its anchor is looked for later, once every
/// page has been read: ``anchorProblem(page:fragment:line:in:anchors:)``).
struct OutputIndex: Sendable {
    /// Every file's path from the output's root.
    let files: Set<String>
    /// Every folder that holds a file (the root is "").
    let folders: Set<String>
    /// The index of `files`.
    init(files: Set<String>) {
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
    }

    /// What is wrong with `address`, written on `line` of `file`: nothing when it leads to a
    /// file or elsewhere than the output; an anchor to look for when it names a page's fragment.
    func verdict(_ address: String, line: Int, in file: String) -> LinkVerdict {
        let target = LinkTarget(address, from: file)
        return problem(target, address: address, line: line, in: file).map(LinkVerdict.problem) ?? anchor(target)
    }

    /// The problem `anchors` (each page's, by path) show: `page` has no element `fragment`.
    static func anchorProblem(page: String, fragment: String, line: Int, in file: String, anchors: [String: Set<String>]) -> Diagnostic? {
        guard let ids = anchors[page], !ids.contains(fragment) else { return nil }
        return Diagnostic(.error, file: file, line: line, "broken link: \(page) has no element with id \"\(fragment.prefix(80))\"",
                          hint: "fix the #fragment, or give the element it means that id")
    }

    /// The anchor `target` needs, when it is a page with a fragment other than `top`.
    private func anchor(_ target: LinkTarget) -> LinkVerdict {
        guard case .file(let path, let fragment?) = target, !fragment.isEmpty, fragment != "top",
              SiteChecker.isPage(path) else { return .fine }
        return .needsAnchor(page: path, fragment: fragment)
    }

    /// What is wrong with `address` (leading to `target`) that the list of files shows; nil when nothing is.
    private func problem(_ target: LinkTarget, address: String, line: Int, in file: String) -> Diagnostic? {
        // "…", with tabs and line breaks escaped; made only for a problem.
        var quoted: String { String(reflecting: String(address.prefix(120))) }
        switch target {
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
            return problem(path: path, line: line, in: file)
        }
    }

    private func problem(path: String, line: Int, in file: String) -> Diagnostic? {
        if files.contains(path) { return nil }
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
