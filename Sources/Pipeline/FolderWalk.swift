import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Every entry below a folder with its ``FileStamp``, read with `readdir` and `stat` alone (no
/// file is opened): what the build cache compares to tell that a folder is as it was.
enum FolderWalk {
    /// One entry: its `/`-separated path relative to the folder walked, and its stamp.
    struct Entry: Hashable, Sendable {
        /// The relative path (`2024/budget.md`).
        var path: String
        /// What `stat` said.
        var stamp: FileStamp
    }

    /// The entries below `root`, sorted by path; none when it is not a folder. Folders are
    /// listed too and walked into, but not folders reached through a symbolic link. With
    /// `following`, a symbolic link is stamped as what it leads to; without, as itself. Names
    /// in `skipping` (`.git`) are left out with all they hold.
    static func entries(below root: URL, following: Bool, skipping: Set<String> = []) -> [Entry] {
        var found: [Entry] = []
        walk(root.path, prefix: "", following: following, skipping: skipping, into: &found)
        return found.sorted { $0.path < $1.path }
    }

    private static func walk(_ folder: String, prefix: String, following: Bool, skipping: Set<String>, into found: inout [Entry]) {
        guard let stream = opendir(folder) else { return }
        defer { closedir(stream) }
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
            if name == "." || name == ".." || skipping.contains(name) { continue }
            let path = folder + "/" + name
            let relative = prefix.isEmpty ? name : prefix + "/" + name
            guard let own = FileStamp.of(path, following: false) else { continue }
            if own.kind == .folder {
                found.append(Entry(path: relative, stamp: own))
                walk(path, prefix: relative, following: following, skipping: skipping, into: &found)
            } else {
                let stamp = following && own.kind == .other ? FileStamp.of(path, following: true) ?? own : own
                found.append(Entry(path: relative, stamp: stamp))
            }
        }
    }
}
