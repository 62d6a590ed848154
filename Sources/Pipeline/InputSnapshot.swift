import Foundation

/// Every input file of a build at one moment, each with its ``InputStamp``: what
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
    private var files: [String: InputStamp] = [:]

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
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return }
        guard isFolder.boolValue else {
            files[path] = InputStamp.of(path)
            return
        }
        let folder = URL(fileURLWithPath: path, isDirectory: true)
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isDirectoryKey],
                                                          options: [.skipsHiddenFiles]) else { return }
        for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) != true {
            files[url.path] = InputStamp.of(url.path)
        }
    }
}
