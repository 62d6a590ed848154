import ArticleModel
import Digest
import Foundation
import SiteFiles
#if canImport(Glibc)
import Glibc
#endif

/// Every file a build of a site folder may read, found with `stat` and fingerprinted by its
/// bytes: `site.yml`, everything below `feeds/`, `content/`, `static/`, `layouts/` and `media/`,
/// the fetch state, the sources `site.yml` lists elsewhere in the folder, and the theme folder
/// (`--layouts`). That is more than a build reads (a `README` in `feeds/`), never less.
///
/// A file is read and hashed (SHA-256) only when its stamp differs from the one the previous
/// scan saw, or when that stamp was too recent to vouch for the bytes: a file changed within
/// the same tick of the file system's clock as the scan can keep its size and times, so a
/// stamp less than ``settleNanoseconds`` old is never trusted by the next scan (as Git does
/// with its index). The scan runs before the build reads anything, so a file changed while the
/// build runs shows a new stamp to the next one.
struct InputScan: Sendable {
    /// One input file.
    struct Entry: Hashable, Sendable {
        /// Its path relative to the site folder (`content/2024/budget.md`), or `theme:` and its
        /// path in the theme folder.
        var path: String
        /// What `stat` said (through symbolic links).
        var stamp: FileStamp
        /// SHA-256 of its bytes; `unreadable` or `not a file` for what could not be hashed.
        var digest: String
        /// Whether an equal stamp next time means the same bytes (the stamp had settled).
        var trusted: Bool
    }

    /// The site's folders whose every file is an input.
    static let folders = ["feeds", "content", "static", "layouts", MediaLibrary.folder]

    /// How old a stamp must be for the next scan to trust it: 2 s, a coarse clock's tick.
    static let settleNanoseconds = 2_000_000_000

    /// The input files, sorted by path.
    var entries: [Entry]
    /// How many of them were read and hashed.
    var hashed: Int

    /// Scans the site folder `site` and the theme folder `theme`, taking the digests of the
    /// files whose trusted stamps are unchanged from `previous` (the last build's scan). A stamp
    /// is trusted next time when it is `settle` nanoseconds old (tests set 0).
    static func scan(site: URL, theme: URL?, previous: [Entry], settle: Int = settleNanoseconds) -> InputScan {
        let now = wallClockNanoseconds()
        let known = Dictionary(previous.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        let found = candidates(site: site, theme: theme)
        let results = Parallel.map(found) { path, url, stamp -> (Entry, Bool) in
            if let old = known[path], old.trusted, old.stamp == stamp { return (old, false) }
            let digest = Self.digest(url, stamp: stamp)
            let settled = stamp.modified <= now - settle && stamp.changed <= now - settle
            return (Entry(path: path, stamp: stamp, digest: digest, trusted: settled && digest != unreadable), true)
        }
        return InputScan(entries: results.map(\.0), hashed: results.filter(\.1).count)
    }

    /// The files to fingerprint, by path, with where they are and their stamps.
    private static func candidates(site: URL, theme: URL?) -> [(String, URL, FileStamp)] {
        var found: [String: (URL, FileStamp)] = [:]
        func file(_ relative: String) {
            let url = site.appendingPathComponent(relative)
            if found[relative] == nil, let stamp = FileStamp.of(url.path, following: true), stamp.kind != .folder {
                found[relative] = (url, stamp)
            }
        }
        func folder(_ root: URL, label: String) {
            for entry in FolderWalk.entries(below: root, following: true, skipping: SiteReader.ignoredNames) where entry.stamp.kind != .folder {
                found[label + entry.path] = (root.appendingPathComponent(entry.path), entry.stamp)
            }
        }
        file("site.yml")
        for name in folders { folder(site.appendingPathComponent(name), label: name + "/") }
        file(FetchState.path)
        for source in listedSources(site) { file(source) }
        if let theme { folder(theme, label: "theme:") }
        return found.map { ($0.key, $0.value.0, $0.value.1) }.sorted { $0.0 < $1.0 }
    }

    /// The sources `site.yml` lists that are files of the site folder; none when it lists
    /// none or cannot be read (the build itself then says why).
    private static func listedSources(_ site: URL) -> [String] {
        var ignored: [Diagnostic] = []
        guard let settings = try? SiteReader.siteSettings(site, log: &ignored) else { return [] }
        return settings.config.sources.filter { !$0.isWebAddress && !$0.hasPrefix("/") }
    }

    /// The digest of a file that could not be read.
    static let unreadable = "unreadable"

    /// SHA-256 of the file at `url`, read as the build reads it; a word for what is not a
    /// regular file or cannot be read.
    private static func digest(_ url: URL, stamp: FileStamp) -> String {
        guard stamp.kind == .file else { return "not a file" }
        guard let data = try? SiteReader.read(url) else { return unreadable }
        return SHA256.hex(data)
    }

    /// The time now, in nanoseconds since 1970, as file times are written.
    private static func wallClockNanoseconds() -> Int {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return Int(now.tv_sec) * 1_000_000_000 + Int(now.tv_nsec)
    }
}
