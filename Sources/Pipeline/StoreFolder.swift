import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A folder of the site that `fetch` writes into (`feeds/`, `media/`): a real folder, never a
/// link, and files written in it only by name (never a path), each atomically: a temporary
/// file beside it, then renamed into place, so no reader ever sees half a file and nothing is
/// written anywhere else.
struct StoreFolder: Sendable {
    /// The folder.
    let url: URL
    /// Its name relative to the site folder, for messages (`media`).
    let name: String

    /// The folder `name` of the site in `site`, created if missing; an error when it is a link
    /// or not a folder.
    static func prepare(_ name: String, in site: URL) throws(PipelineError) -> StoreFolder {
        let url = site.appendingPathComponent(name)
        var info = stat()
        if lstat(url.path, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFDIR else {
                throw PipelineError("\(url.path) is \(info.st_mode & S_IFMT == S_IFLNK ? "a symbolic link" : "not a folder"): fetch writes only into a real \(name)/ folder",
                                    hint: "replace it with a folder (move what it holds into it)")
            }
        } else {
            do {
                try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
            } catch {
                throw PipelineError("cannot create \(url.path): \(error.localizedDescription)", hint: "check that the site folder is writable")
            }
        }
        return StoreFolder(url: url, name: name)
    }

    /// Whether a file (or anything) named `file` is there.
    func contains(_ file: String) -> Bool {
        var info = stat()
        return lstat(url.appendingPathComponent(file).path, &info) == 0
    }

    /// Writes `data` as `file` atomically; `file` must be a plain name.
    func write(_ data: Data, as file: String) throws(PipelineError) {
        guard !file.isEmpty, !file.contains("/"), file != ".", file != ".." else {
            throw PipelineError("refused to write \"\(file.prefix(80))\" in \(name)/: not a plain file name")
        }
        do {
            try data.write(to: url.appendingPathComponent(file), options: .atomic)
        } catch {
            throw PipelineError("cannot write \(name)/\(file): \(error.localizedDescription)", hint: "check that \(url.path) is writable and the disk is not full")
        }
    }

    /// The bytes of `file`, read as every input is (a regular file only).
    func read(_ file: String) throws(PipelineError) -> Data {
        try SiteReader.read(url.appendingPathComponent(file))
    }
}
