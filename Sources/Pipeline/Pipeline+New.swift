import ArticleModel
import Foundation
import SiteFiles
#if canImport(Glibc)
import Glibc
#endif

extension Pipeline {
    /// Starts a site folder that `build` builds at once: a documented `site.yml` reading the
    /// request's feeds (local files copied into `feeds/`, web addresses listed for `fetch`), a
    /// first article in `content/`, empty `feeds/` and `static/` folders and a `.gitignore`
    /// for what builds write. The folder must be new or empty; the files are written into a
    /// temporary sibling first and moved into place at once, so a failure leaves nothing.
    public static func newSite(_ request: NewSiteRequest) throws(PipelineError) -> NewSiteReport {
        let folder = request.folder.standardizedFileURL
        try refuseUsedFolder(folder)
        var files: [(path: String, data: Data)] = []
        var sources: [String] = [], copied: [String] = [], web: [String] = []
        var taken: Set<String> = []
        for source in request.sources {
            if source.isWebAddress {
                web.append(source)
                sources.append(source)
                continue
            }
            let url = URL(fileURLWithPath: source)
            let path = "feeds/" + uniqueFeedName(url.lastPathComponent, taken: &taken)
            files.append((path, try SiteReader.read(url)))
            copied.append(path)
            sources.append(path)
        }
        files.append(("site.yml", Data(SiteTemplate.siteYML(title: request.title, sources: sources).utf8)))
        files.append((SiteTemplate.welcomePath(request.created), Data(SiteTemplate.welcome(title: request.title, date: request.created).utf8)))
        files.append((".gitignore", Data(SiteTemplate.gitignore.utf8)))
        try writeNewSite(files, to: folder)
        return NewSiteReport(folder: folder, files: files.map(\.path), copiedFeeds: copied, webSources: web)
    }

    /// Refuses a folder that is a file, or that holds anything (a hidden file too).
    static func refuseUsedFolder(_ folder: URL) throws(PipelineError) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) else { return }
        guard isFolder.boolValue else {
            throw PipelineError("\(folder.path) is a file, not a folder", hint: "give the name of a new folder for the site")
        }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? ["?"]
        guard entries.isEmpty else {
            throw PipelineError("\(folder.path) is not empty: a new site is only started in a new or empty folder",
                                hint: "give another folder name; to build the site that is there, run broadsheet build \(folder.path)")
        }
    }

    /// `name` made safe as a file in `feeds/` and unique among `taken`: `news.xml`, `news-2.xml`.
    static func uniqueFeedName(_ name: String, taken: inout Set<String>) -> String {
        var base = String(name.drop { $0 == "." })
        if base.isEmpty { base = "feed.xml" }
        let dot = base.lastIndex(of: ".") ?? base.endIndex
        var candidate = base
        var number = 2
        while taken.contains(candidate) {
            candidate = base[..<dot] + "-\(number)" + base[dot...]
            number += 1
        }
        taken.insert(candidate)
        return candidate
    }

    /// Writes `files` and the empty `feeds/` and `static/` into `.NAME.new-PID` beside
    /// `folder`, then moves it into `folder`'s place (an empty `folder` is removed first).
    private static func writeNewSite(_ files: [(path: String, data: Data)], to folder: URL) throws(PipelineError) {
        let fm = FileManager.default
        let parent = folder.deletingLastPathComponent()
        let temporary = parent.appendingPathComponent(".\(folder.lastPathComponent).new-\(getpid())")
        do {
            try fm.createDirectory(at: parent, withIntermediateDirectories: true)
            for empty in ["feeds", "static"] {
                try fm.createDirectory(at: temporary.appendingPathComponent(empty), withIntermediateDirectories: true)
            }
            for file in files {
                let url = temporary.appendingPathComponent(file.path)
                try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try file.data.write(to: url)
            }
            // rmdir removes only an empty folder: anything put there since the check stays.
            if fm.fileExists(atPath: folder.path) && rmdir(folder.path) != 0 { throw CocoaError(.fileWriteFileExists) }
            try fm.moveItem(at: temporary, to: folder)
        } catch {
            try? fm.removeItem(at: temporary)
            throw PipelineError("cannot create the site \(folder.path): \(error.localizedDescription)",
                                hint: "check that the folder above it is writable")
        }
    }
}
