import ArticleModel
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The rules of the output folder, which ``OutputStage`` writes: files go to a temporary sibling folder
/// (`.NAME.tmp-PID`) which then takes the old output's place in one atomic exchange
/// (`renameat2(RENAME_EXCHANGE)` on Linux; elsewhere two renames through `.NAME.old-PID`), so a
/// failed or killed build never leaves half a site. Files the old output already holds byte for
/// byte are hard-linked into the new folder rather than written, so a rebuild changes only what
/// changed (inodes and modification times kept: rsync sends the rest); the files written are
/// flushed with one `syncfs` before the exchange, not synced one by one. A folder is only replaced when it is empty or was written by Broadsheet (it
/// holds ``marker``). Leftovers of a killed build are cleaned by the next one: temporary
/// folders removed, a site stopped between the two renames put back.
enum OutputWriter {
    /// The file that marks a folder as Broadsheet's output (and its temporary folders as ours).
    static let marker = ".broadsheet-output"

    /// The marker file itself.
    static let markerFile = OutputFile(path: marker, text: "Written by Broadsheet; the whole folder is replaced on every build.\n")

    /// Flushes the file system holding `folder` (`syncfs`), once for all the files written, so
    /// that not even a power cut after the exchange leaves a site whose new files are empty.
    static func flush(_ folder: URL) throws {
        let descriptor = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw PlainFile.Failure(folder.path, errno: errno) }
        defer { close(descriptor) }
        if let syncfs, syncfs(descriptor) != 0 { throw PlainFile.Failure(folder.path, errno: errno) }
    }

    /// Linux's `syncfs`, looked up at run time (Glibc's Swift module does not export it);
    /// elsewhere nil, and nothing is flushed.
    private static let syncfs = GlibcFunction.named("syncfs", as: (@convention(c) (Int32) -> Int32).self)

    /// Puts `file` into `folder`: a hard link to the previous output's file when that holds the
    /// same bytes, else the bytes written. True when the file was unchanged.
    static func place(_ file: OutputFile, in folder: URL, previous: PreviousOutput) throws -> Bool {
        let path = folder.path + "/" + file.path
        guard let same = previous.sameFile(as: file) else {
            try PlainFile.write(file.contents, to: path)
            return false
        }
        // Where links are refused (EPERM) or the old file is on another file system (EXDEV), a
        // copy that keeps the old modification time.
        if link(same.path, path) != 0 { try PlainFile.write(file.contents, to: path, modified: same.entry.modified) }
        return true
    }

    /// Puts `temporary` at `output`'s place. An existing output is exchanged with it in one
    /// step and then deleted; where the system cannot exchange, it is first moved to `aside`.
    static func swap(_ temporary: URL, into output: URL, aside old: URL) throws {
        let fm = FileManager.default
        guard fm.fileExists(atPath: output.path) else {
            try fm.moveItem(at: temporary, to: output)
            return
        }
        if exchange(temporary, output) {
            try? fm.removeItem(at: temporary)  // now the old output; a leftover if we are killed here
            return
        }
        try fm.moveItem(at: output, to: old)
        try fm.moveItem(at: temporary, to: output)
        try? fm.removeItem(at: old)
    }

    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    /// Linux's `renameat2`, looked up at run time (Glibc's Swift module does not export it).
    private static let renameat2 = GlibcFunction.named("renameat2", as: RenameAt2.self)

    /// Swaps two existing paths atomically; false when the system or file system cannot.
    private static func exchange(_ a: URL, _ b: URL) -> Bool {
        guard let renameat2 else { return false }
        let renameExchange: UInt32 = 1 << 1  // RENAME_EXCHANGE in <linux/fs.h>
        return renameat2(AT_FDCWD, a.path, AT_FDCWD, b.path, renameExchange) == 0
    }

    /// Cleans up after a killed build: puts back an output stopped between the two renames and
    /// removes stale temporary folders. Call it holding the output's lock; returns what it did.
    static func recover(_ output: URL) -> [Diagnostic] {
        let output = output.standardizedFileURL.resolvingSymlinksInPath()
        return restoreInterruptedSwap(output) + removeLeftovers(of: output, kind: "tmp")
    }

    /// When `output` is missing but a build stopped between its two renames left the old site
    /// aside (`.NAME.old-PID` of a process that no longer runs), moves it back.
    private static func restoreInterruptedSwap(_ output: URL) -> [Diagnostic] {
        guard !exists(output), let old = leftovers(of: output, kind: "old").first else { return [] }
        guard (try? FileManager.default.moveItem(at: old, to: output)) != nil else { return [] }
        return [Diagnostic(.warning, file: output.path, "restored the previous output from \(old.lastPathComponent), left by a build that was stopped while replacing it",
                           hint: "nothing to do; this build replaces it as usual")]
    }

    /// Removes `.NAME.KIND-PID` folders beside `output` left by processes that no longer run.
    static func removeLeftovers(of output: URL, kind: String) -> [Diagnostic] {
        leftovers(of: output, kind: kind).compactMap { url in
            guard (try? FileManager.default.removeItem(at: url)) != nil else { return nil }
            return Diagnostic(.note, file: output.path, "removed \(url.lastPathComponent), left by an earlier build that was stopped")
        }
    }

    /// Folders beside `output` named `.NAME.KIND-PID`, holding ``marker``, whose process is gone
    /// (or is this one: only the lock holder writes). Sorted by name.
    static func leftovers(of output: URL, kind: String) -> [URL] {
        let parent = output.deletingLastPathComponent()
        let prefix = ".\(output.lastPathComponent).\(kind)-"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
        return names.filter { $0.hasPrefix(prefix) }.sorted().compactMap { name in
            guard let pid = Int32(name.dropFirst(prefix.count)), pid > 0, pid == getpid() || !isRunning(pid) else { return nil }
            let url = parent.appendingPathComponent(name)
            return FileManager.default.fileExists(atPath: url.appendingPathComponent(marker).path) ? url : nil
        }
    }

    /// Whether a process with this pid exists (one we may not signal still counts).
    private static func isRunning(_ pid: Int32) -> Bool {
        kill(pid, 0) == 0 || errno != ESRCH
    }

    /// Whether anything (even a broken link) is at `url`.
    private static func exists(_ url: URL) -> Bool {
        var info = stat()
        return lstat(url.path, &info) == 0
    }

    /// Whether `output` exists and holds anything besides the marker. A folder that cannot be
    /// listed counts as holding files: it is never treated as empty.
    static func hasFiles(_ output: URL) -> Bool {
        guard FileManager.default.fileExists(atPath: output.path) else { return false }
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: output.path) else { return true }
        return entries.contains { $0 != marker }
    }

    /// Throws when `output` is a symbolic link to nothing.
    private static func refuseBrokenLink(_ output: URL) throws(PipelineError) {
        let path = output.standardizedFileURL.path
        guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: path),
              !FileManager.default.fileExists(atPath: path) else { return }
        throw PipelineError("\(path) is a broken symbolic link: it points to \(target), which does not exist",
                            hint: "remove the link, or create the folder it points to")
    }

    /// Throws when `output` may not be replaced: a broken symbolic link, a folder that is or
    /// holds one of `protecting` or lies inside one of `notInside`, or one not Broadsheet's.
    static func check(_ output: URL, protecting: [URL], notInside: [URL]) throws(PipelineError) {
        try refuseBrokenLink(output)
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
        if outPath == "/" {
            throw PipelineError("refusing to use / as the output folder: / is the root folder",
                                hint: "choose an output folder of its own, such as ./public")
        }
        for folder in protected {
            let path = folder.standardizedFileURL.resolvingSymlinksInPath().path
            if path == outPath || path.hasPrefix(outPath + "/") {
                throw PipelineError("refusing to use \(output.path) as the output folder: it holds the site's own files",
                                    hint: "choose an output folder of its own, such as \(folder.appendingPathComponent("public").path)")
            }
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: output.path, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else {
            throw PipelineError("\(output.path) is a file, not a folder", hint: "choose another --output")
        }
        let entries: [String]
        do {
            entries = try FileManager.default.contentsOfDirectory(atPath: output.path)
        } catch {
            throw PipelineError("refusing to replace \(output.path): its contents cannot be listed (\(error.localizedDescription))",
                                hint: "a folder you cannot read is never treated as empty; fix its permissions or choose another --output")
        }
        if !entries.isEmpty && !entries.contains(marker) {
            throw PipelineError("refusing to replace \(output.path): it is not empty and was not written by Broadsheet",
                                hint: "choose an empty or new folder for --output, or delete this one yourself")
        }
    }
}
