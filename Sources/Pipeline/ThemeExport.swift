import Foundation
import Theme

/// Writes the built-in default theme out as files, for editing (`broadsheet layouts export`).
///
/// ```swift
/// try ThemeExport.write(to: URL(fileURLWithPath: "Site/layouts"), force: false)
/// // ["404.mustache", "README.md", "archive.mustache", …, "assets/style.css", …]
/// ```
public enum ThemeExport {
    /// Writes every file of the built-in theme below `folder` (created when missing) and returns
    /// their relative paths, sorted. Everything is checked before anything is written: a theme
    /// file already there is refused unless `force` (then it is replaced, a symbolic link
    /// included, never written through), and so is a folder where a file goes, a file where a
    /// folder goes, and a folder reached through a symbolic link that leads out of `folder`.
    @discardableResult
    public static func write(to folder: URL, force: Bool) throws(PipelineError) -> [String] {
        let folder = folder.standardizedFileURL
        let files = DefaultTheme.files.keys.sorted()
        try checkFolder(folder)
        var taken: [String] = []
        for path in files where try isTaken(path, in: folder) { taken.append(path) }
        if !taken.isEmpty && !force {
            let shown = taken.prefix(5).joined(separator: ", ") + (taken.count > 5 ? ", …" : "")
            throw PipelineError("\(folder.path): \(taken.count) of the theme's \(files.count) files are there already (\(shown)); nothing was written",
                                hint: "pass --force to replace them, or export into a new folder")
        }
        for path in files {
            let url = folder.appendingPathComponent(path)
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try DefaultTheme.files[path]?.write(to: url, options: .atomic)
            } catch {
                throw PipelineError("\(url.path): cannot write the file (\(error.localizedDescription))",
                                    hint: "check that the folder is writable and the disk is not full")
            }
        }
        return files
    }

    /// Throws unless `folder` is a folder or is missing.
    private static func checkFolder(_ folder: URL) throws(PipelineError) {
        guard FileManager.default.fileExists(atPath: folder.path), !SiteReader.isDirectory(folder) else { return }
        throw PipelineError("\(folder.path) is a file, not a folder", hint: "give the path of a new or existing folder")
    }

    /// Whether a file is at `path` below `folder` already; throws when the theme file cannot go
    /// there at all: a folder in its place, a file where one of its folders goes, or one of its
    /// folders resolving outside `folder`.
    private static func isTaken(_ path: String, in folder: URL) throws(PipelineError) -> Bool {
        let url = folder.appendingPathComponent(path)
        let root = folder.resolvingSymlinksInPath().path
        var parent = url.deletingLastPathComponent()
        while parent.path.count > folder.path.count {
            if FileManager.default.fileExists(atPath: parent.path) {
                guard SiteReader.isDirectory(parent) else {
                    throw PipelineError("\(parent.path) is a file where the theme has a folder", hint: "move it away, or export into a new folder")
                }
                guard parent.resolvingSymlinksInPath().path.hasPrefix(root + "/") else {
                    throw PipelineError("\(parent.path) leads out of \(folder.path) (a symbolic link)", hint: "export into a folder without links out of it")
                }
            }
            parent = parent.deletingLastPathComponent()
        }
        guard (try? FileManager.default.attributesOfItem(atPath: url.path)) != nil else { return false }  // also a broken link
        if SiteReader.isDirectory(url) && (try? FileManager.default.destinationOfSymbolicLink(atPath: url.path)) == nil {
            throw PipelineError("\(url.path) is a folder where the theme has a file", hint: "move it away, or export into a new folder")
        }
        return true
    }
}
