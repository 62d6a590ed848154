import ArticleModel
import Foundation

/// A site folder's build cache, `.broadsheet/cache/`: `build.bin` (the last build's
/// ``BuildRecord``), `convert.bin` and `render.bin` (the convert and render steps'
/// ``StepMemo``s), each a ``CacheFile`` written whole (a temporary file renamed into place)
/// after a build that succeeded.
///
/// The cache is disposable: deleting it changes nothing but the time the next build takes. A
/// file that cannot be used (cut short, garbage, another format) is ignored with a note and
/// written again; a file another version of Broadsheet wrote is ignored without one.
struct BuildCache: Sendable {
    /// The cache's folder, relative to the site folder.
    static let folder = ".broadsheet/cache"

    /// The cache's folder.
    let url: URL
    /// The program reading and writing it (``CacheKey/program(version:)``).
    let program: String

    /// The cache of the site folder `site`, used by the program of version `version`.
    init(site: URL, version: String) {
        url = site.appendingPathComponent(Self.folder)
        program = CacheKey.program(version: version)
    }

    /// The payload of the cache file `name` (`render`), when it is there and sound; a note
    /// joins `log` when it is there and cannot be used.
    func open(_ name: String, log: inout [Diagnostic]) -> CacheReader? {
        let file = url.appendingPathComponent(name + ".bin")
        guard FileStamp.of(file.path, following: false) != nil else { return nil }
        guard let data = try? SiteReader.read(file) else {
            log.append(unreadable(name))
            return nil
        }
        switch CacheFile.payload(of: data, kind: name, program: program) {
        case .success(let reader): return reader
        case .failure(.otherProgram): return nil
        case .failure(.unreadable):
            log.append(unreadable(name))
            return nil
        }
    }

    /// The note for the cache file `name` that could not be used.
    func unreadable(_ name: String) -> Diagnostic {
        Diagnostic(.note, file: "\(Self.folder)/\(name).bin", "the build cache was unreadable and was rebuilt",
                   hint: "nothing to do: the cache only saves time; should it happen on every build, check the disk")
    }

    /// Writes `payload` as the cache file `name`, whole or not at all; a note joins `log` when
    /// it cannot be written.
    func write(_ payload: [UInt8], as name: String, log: inout [Diagnostic]) {
        let file = url.appendingPathComponent(name + ".bin")
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            guard FileStamp.of(url.path, following: false)?.kind == .folder else {
                throw PipelineError("\(url.path) is not a folder")
            }
            try CacheFile.framed(payload, kind: name, program: program).write(to: file, options: .atomic)
        } catch {
            let reason = (error as? PipelineError)?.message ?? error.localizedDescription
            log.append(Diagnostic(.note, file: "\(Self.folder)/\(name).bin",
                                  "the build cache could not be written (\(reason)); the next build does all the work again",
                                  hint: "check that the site folder's .broadsheet/ is a writable folder"))
        }
    }
}
