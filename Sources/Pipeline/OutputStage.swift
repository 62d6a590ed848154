import ArticleModel
import Foundation

/// An output folder being written, group by group, so that no step has to hold every file
/// until the end: ``OutputWriter``'s temporary sibling folder (`.NAME.tmp-PID`, the marker
/// placed first), into which each ``place(_:progress:)`` writes or hard-links its files at
/// once, and which ``finish()`` flushes and exchanges with the old output in one step. A stage
/// let go of unfinished (a step failed) removes its folder; the old output is untouched.
///
/// ```swift
/// let stage = try OutputStage(output, protecting: [site], notInside: [])
/// try stage.place(book)    // the bytes can be dropped now
/// try stage.place(pages)
/// let (changes, notes) = try stage.finish()
/// ```
final class OutputStage {
    /// The output folder, symbolic links followed.
    let output: URL
    /// The path of every file placed so far, the marker left out.
    private(set) var paths: [String] = []
    private let temporary: URL
    private let old: URL
    private let previous: PreviousOutput
    private var folders: Set<String> = []
    private var unchanged = 0
    private var finished = false

    /// Checks `output`: it may not be, nor contain, a folder of `protecting` (the site folder),
    /// nor lie inside one of `notInside` (the site's sources), nor be a broken link; then makes
    /// the temporary folder, with the marker in it. Leftovers of a killed build are
    /// ``OutputWriter/recover(_:)``'s, which the pipeline calls first, holding the lock.
    init(_ output: URL, protecting: [URL], notInside: [URL]) throws(PipelineError) {
        try OutputWriter.check(output, protecting: protecting, notInside: notInside)
        // A symbolic link (public → /srv/www/site) is followed: the folder it names is replaced.
        let output = output.standardizedFileURL.resolvingSymlinksInPath()
        let parent = output.deletingLastPathComponent()
        self.output = output
        temporary = parent.appendingPathComponent(".\(output.lastPathComponent).tmp-\(getpid())")
        old = parent.appendingPathComponent(".\(output.lastPathComponent).old-\(getpid())")
        previous = PreviousOutput(output)
        do {
            try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
            // The marker goes in first, so a build killed half-way leaves a folder the next one
            // knows as its own.
            _ = try OutputWriter.place(OutputWriter.markerFile, in: temporary, previous: previous)
        } catch {
            throw failure(error)
        }
    }

    deinit {
        if !finished { try? FileManager.default.removeItem(at: temporary) }
    }

    /// Writes `files` into the temporary folder on every core (hard links for those the old
    /// output holds byte for byte); each file placed advances `progress` (`writing files`).
    func place(_ files: [OutputFile], progress: ProgressHandler? = nil) throws(PipelineError) {
        if let bad = files.first(where: { !$0.hasSafePath }) {
            throw PipelineError("refusing to write \"\(bad.path)\": the path leaves the output folder")
        }
        do {
            let fm = FileManager.default
            let new = Set(files.map { temporary.appendingPathComponent($0.path).deletingLastPathComponent().path }).subtracting(folders)
            for folder in new.sorted() { try fm.createDirectory(atPath: folder, withIntermediateDirectories: true) }
            folders.formUnion(new)
            // Folders exist now, so the files can be placed on every core.
            let counter = ProgressCounter("writing files", total: files.count, handler: progress)
            let (folder, previous) = (temporary, previous)
            let kept = try Parallel.map(files.count) { index in
                defer { counter.advance() }
                return try OutputWriter.place(files[index], in: folder, previous: previous)
            }
            unchanged += kept.filter { $0 }.count
            paths += files.map(\.path)
        } catch {
            throw failure(error)
        }
    }

    /// Flushes what was written (one `syncfs`) and puts the folder at the output's place, so
    /// the output holds exactly the files placed (those no longer made stay behind with the old
    /// folder). Returns what changed and notes about stale copies of the old site removed.
    func finish() throws(PipelineError) -> (changes: OutputChanges, notes: [Diagnostic]) {
        do {
            if unchanged < paths.count { try OutputWriter.flush(temporary) }
            try OutputWriter.swap(temporary, into: output, aside: old)
        } catch {
            throw failure(error)
        }
        finished = true
        let changes = OutputChanges(written: paths.count - unchanged, unchanged: unchanged,
                                    removed: previous.removedCount(keeping: Set(paths), marker: OutputWriter.marker))
        return (changes, OutputWriter.removeLeftovers(of: output, kind: "old"))
    }

    /// Removes the temporary folder, puts back an old output a failed exchange moved aside, and
    /// says what went wrong.
    private func failure(_ error: any Error) -> PipelineError {
        let fm = FileManager.default
        try? fm.removeItem(at: temporary)
        if !fm.fileExists(atPath: output.path), fm.fileExists(atPath: old.path) { try? fm.moveItem(at: old, to: output) }
        finished = true
        return PipelineError("cannot write \(output.path): \(error.localizedDescription)",
                             hint: "check that the folder is writable and the disk has space")
    }
}
