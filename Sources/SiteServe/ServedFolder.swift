import Foundation

/// The folder the server answers from, and where in it a request leads. Every file is found
/// by its real path (symbolic links resolved) and served only when that path is inside the
/// folder's own real path, so a link pointing out of the folder leads nowhere.
struct ServedFolder: Sendable {
    /// Where a request leads.
    enum Place: Equatable {
        /// A regular file inside the folder, by its real path.
        case file(String)
        /// A folder asked for without its closing `/`: the same path with it (so the page's
        /// relative links work).
        case folder(String)
        /// Nothing there (or a hidden name, or a file that is not a regular file).
        case missing
        /// A real path outside the folder.
        case outside
    }

    /// The served folder, as given (it may be replaced whole between two requests).
    let root: URL

    /// Where `names` (from ``RequestPath``) lead; `folder` when the path ended in `/`.
    func place(_ names: [String], folder: Bool) -> Place {
        if names.contains(where: { $0.hasPrefix(".") }) { return .missing }
        guard let top = Self.realPath(root.path) else { return .missing }
        let candidate = ([top] + names).joined(separator: "/")
        guard let real = Self.realPath(candidate) else { return .missing }
        guard Self.isInside(real, top) else { return .outside }
        var status = stat()
        guard stat(real, &status) == 0 else { return .missing }
        if status.st_mode & S_IFMT == S_IFDIR {
            if !folder && !names.isEmpty { return .folder("/" + names.joined(separator: "/") + "/") }
            return place(names + ["index.html"], folder: false)
        }
        return status.st_mode & S_IFMT == S_IFREG ? .file(real) : .missing
    }

    /// `path` with every symbolic link resolved, nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Whether `path` is `top` or below it.
    static func isInside(_ path: String, _ top: String) -> Bool {
        path == top || path.hasPrefix(top.hasSuffix("/") ? top : top + "/")
    }
}
