import Foundation

/// Every input file of a build at one moment, each with its ``FileStamp`` (size, times, inode: an editor that saves by
/// renaming a new file over the old one changes the inode): what
/// `broadsheet serve` compares every 300 ms to know when to build again. Hidden files (an
/// editor's swap and backup files) are left out, and so are the output and `.broadsheet/`.
///
/// ```swift
/// let before = InputSnapshot.take(Pipeline.watchedInputs(request))
/// // … an article is saved …
/// InputSnapshot.take(Pipeline.watchedInputs(request)).changes(since: before)  // ["content/2024/tides.md"]
/// ```
public struct InputSnapshot: Equatable, Sendable {
    /// Each file's stamp, by path.
    private var files: [String: FileStamp] = [:]

    /// The files of `inputs` now: each file, and every file below each folder.
    public static func take(_ inputs: [URL]) -> InputSnapshot {
        var snapshot = InputSnapshot()
        for input in inputs { snapshot.add(input.path) }
        return snapshot
    }

    /// The paths added, removed or changed since `earlier`, sorted.
    public func changes(since earlier: InputSnapshot) -> [String] {
        let paths = Set(files.keys).union(earlier.files.keys)
        return paths.filter { files[$0] != earlier.files[$0] }.sorted()
    }

    private mutating func add(_ path: String) {
        guard let stamp = FileStamp.of(path, following: true) else { return }
        guard stamp.kind == .folder else {
            files[path] = stamp
            return
        }
        let folder = URL(fileURLWithPath: path, isDirectory: true)
        for entry in FolderWalk.entries(below: folder, following: true) where entry.stamp.kind != .folder && !Self.isHidden(entry.path) {
            files[path + "/" + entry.path] = entry.stamp
        }
    }

    /// Whether a name on the relative `path` starts with a dot (`.tides.md.swp`, `.git/…`).
    private static func isHidden(_ path: String) -> Bool {
        path.split(separator: "/").contains { $0.hasPrefix(".") }
    }
}
