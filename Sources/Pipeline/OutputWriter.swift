import ArticleModel
import Foundation

/// Writes the output folder all at once: files go to a temporary sibling folder which then
/// replaces the old output, so a failed build never leaves half a site. A folder is only
/// replaced when it is empty or was written by Broadsheet (it holds ``marker``).
enum OutputWriter {
    /// The file that marks a folder as Broadsheet's output.
    static let marker = ".broadsheet-output"

    /// Replaces `output` with exactly `files`. The output may not be, nor contain, a folder of
    /// `protecting` (the site folder), nor lie inside one of `notInside` (the site's sources).
    static func write(_ files: [OutputFile], to output: URL, protecting: [URL], notInside: [URL]) throws(PipelineError) {
        // A symbolic link (public → /srv/www/site) is followed: the folder it names is replaced.
        let output = output.standardizedFileURL.resolvingSymlinksInPath()
        try check(output, protecting: protecting, notInside: notInside)
        if let bad = files.first(where: { !$0.hasSafePath }) {
            throw PipelineError("refusing to write \"\(bad.path)\": the path leaves the output folder")
        }
        let fm = FileManager.default
        let parent = output.deletingLastPathComponent()
        let temporary = parent.appendingPathComponent(".\(output.lastPathComponent).tmp-\(getpid())")
        let old = parent.appendingPathComponent(".\(output.lastPathComponent).old-\(getpid())")
        do {
            try fm.createDirectory(at: parent, withIntermediateDirectories: true)
            try? fm.removeItem(at: temporary)
            try fm.createDirectory(at: temporary, withIntermediateDirectories: true)
            let folders = Set(files.map { temporary.appendingPathComponent($0.path).deletingLastPathComponent().path })
            for folder in folders.sorted() { try fm.createDirectory(atPath: folder, withIntermediateDirectories: true) }
            // Folders exist now, so the files can be written on every core.
            _ = try Parallel.map(files.count) { index in
                try files[index].contents.write(to: temporary.appendingPathComponent(files[index].path))
            }
            try Data("Written by Broadsheet; the whole folder is replaced on every build.\n".utf8)
                .write(to: temporary.appendingPathComponent(marker))
            if fm.fileExists(atPath: output.path) { try fm.moveItem(at: output, to: old) }
            try fm.moveItem(at: temporary, to: output)
            try? fm.removeItem(at: old)
        } catch {
            try? fm.removeItem(at: temporary)
            if !fm.fileExists(atPath: output.path), fm.fileExists(atPath: old.path) { try? fm.moveItem(at: old, to: output) }
            throw PipelineError("cannot write \(output.path): \(error.localizedDescription)",
                                hint: "check that the folder is writable and the disk has space")
        }
    }

    /// Whether `output` exists and holds anything besides the marker.
    static func hasFiles(_ output: URL) -> Bool {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: output.path)) ?? []
        return entries.contains { $0 != marker }
    }

    /// Throws when `output` may not be replaced: see ``write(_:to:protecting:notInside:)``.
    static func check(_ output: URL, protecting: [URL], notInside: [URL]) throws(PipelineError) {
        let output = output.standardizedFileURL.resolvingSymlinksInPath()
        try checkPlace(output, protected: protecting)
        try checkOutside(output, sources: notInside)
    }

    private static func checkOutside(_ output: URL, sources: [URL]) throws(PipelineError) {
        let outPath = output.resolvingSymlinksInPath().path
        for folder in sources {
            let path = folder.standardizedFileURL.resolvingSymlinksInPath().path
            if outPath == path || outPath.hasPrefix(path + "/") {
                throw PipelineError("refusing to write the output into \(folder.path): it holds the site's sources",
                                    hint: "choose an output folder outside content/, feeds/, static/ and layouts/, such as public/")
            }
        }
    }

    private static func checkPlace(_ output: URL, protected: [URL]) throws(PipelineError) {
        let outPath = output.resolvingSymlinksInPath().path
        for folder in protected {
            let path = folder.standardizedFileURL.resolvingSymlinksInPath().path
            if path == outPath || path.hasPrefix(outPath + "/") || outPath == "/" {
                throw PipelineError("refusing to use \(output.path) as the output folder: it holds the site's own files",
                                    hint: "choose an output folder of its own, such as \(folder.appendingPathComponent("public").path)")
            }
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: output.path, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else {
            throw PipelineError("\(output.path) is a file, not a folder", hint: "choose another --output")
        }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: output.path)) ?? []
        if !entries.isEmpty && !entries.contains(marker) {
            throw PipelineError("refusing to replace \(output.path): it is not empty and was not written by Broadsheet",
                                hint: "choose an empty or new folder for --output, or delete this one yourself")
        }
    }
}
