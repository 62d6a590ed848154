import ArticleModel
import Foundation
import SiteFiles

/// Decides which file in `content/` each imported article goes to: the file recorded for its
/// id, else a new `content/YEAR/SLUG.md` (`content/undated/SLUG.md` for an article without a
/// date, `content/pages/SLUG.md` for a standalone page) whose name no file on disk, no record
/// and no earlier article of this import has.
/// Folders are listed once, so an import stays linear.
struct ContentPlacer {
    private let site: URL
    private var pathsByID: [String: String] = [:]
    private var claimed: Set<String> = []
    /// Slugs taken per folder (`content/2024`, `content/undated`, `content/pages`), from disk, the record and this import.
    private var taken: [String: Set<String>] = [:]

    /// A placer for `site`, knowing what `manifest` recorded.
    init(site: URL, manifest: ImportManifest) {
        self.site = site
        for (path, record) in manifest.files.sorted(by: { $0.key < $1.key }) where pathsByID[record.id] == nil {
            pathsByID[record.id] = path
        }
        for path in manifest.files.keys { reserve(path) }
    }

    /// The file for the article `id` named after `title` (its slug or its title), in `folder` of `content/` (its year,
    /// `undated` or `pages`: see ``Article/folder(for:isPage:)``); never one already given out.
    mutating func place(id: String, title: String, folder name: String) -> String {
        if let known = pathsByID[id], !claimed.contains(known) {
            claimed.insert(known)
            return known
        }
        let folder = "content/" + name
        if taken[folder] == nil { taken[folder] = slugsOnDisk(folder) }
        let path = "\(folder)/\(Slug(title).unique(among: taken[folder]!).value).md"
        claimed.insert(path)
        reserve(path)
        return path
    }

    private mutating func reserve(_ path: String) {
        guard let slash = path.lastIndex(of: "/"), path.hasSuffix(".md") else { return }
        let folder = String(path[..<slash])
        if taken[folder] == nil { taken[folder] = slugsOnDisk(folder) }
        taken[folder]!.insert(String(path[path.index(after: slash)...].dropLast(3)))
    }

    private func slugsOnDisk(_ folder: String) -> Set<String> {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent(folder).path)) ?? []
        return Set(names.filter { $0.hasSuffix(".md") }.map { String($0.dropLast(3)) })
    }
}
