import ArticleModel
import Foundation
import SiteFiles

/// Reads a site folder (or loose feed files) into a ``SiteSnapshot``. The only place a build
/// reads from disk.
enum SiteReader {
    /// Reads what `request` names.
    static func read(_ request: BuildRequest, log: inout [Diagnostic]) throws(PipelineError) -> SiteSnapshot {
        let theme = try files(below: request.layouts, named: "Layouts")
        switch request.source {
        case .feeds(let urls):
            let feeds = try urls.map { url throws(PipelineError) in SiteSnapshot.Input(name: url.path, data: try read(url)) }
            return SiteSnapshot(config: SiteConfig(), hasConfigFile: false, configKeys: [], layouts: theme, feeds: feeds, content: [], staticFiles: [])
        case .site(let folder):
            return try readSite(folder, theme: theme, log: &log)
        }
    }

    private static func readSite(_ folder: URL, theme: [String: Data], log: inout [Diagnostic]) throws(PipelineError) -> SiteSnapshot {
        guard isDirectory(folder) else {
            throw PipelineError("\(folder.path): no such folder", hint: "give the path of a site folder (one with site.yml), or feed files with --output DIR")
        }
        let settings = try siteSettings(folder, log: &log)
        let config = settings?.config ?? SiteConfig()
        let keys = settings?.keys ?? []
        let hasConfig = settings != nil
        var layouts = theme
        for (path, data) in try files(below: folder.appendingPathComponent("layouts"), named: "layouts") { layouts[path] = data }
        let feeds = try feedInputs(folder, sources: config.sources)
        let content = try files(below: folder.appendingPathComponent("content"), named: "content")
            .filter { $0.key.hasSuffix(".md") || $0.key.hasSuffix(".markdown") }
            .sorted { $0.key < $1.key }
            .map { SiteSnapshot.Input(name: "content/" + $0.key, data: $0.value) }
        let statics = try files(below: folder.appendingPathComponent("static"), named: "static", hidden: true)
            .sorted { $0.key < $1.key }
            .map { OutputFile(path: $0.key, contents: $0.value) }
        if !hasConfig && feeds.isEmpty && content.isEmpty {
            throw PipelineError("\(folder.path) is not a site folder: no site.yml, no feeds/, no content/",
                                hint: "run `broadsheet build Site` for the sample, or `broadsheet build FEED --output DIR` to build straight from a feed")
        }
        return SiteSnapshot(config: config, hasConfigFile: hasConfig, configKeys: keys, layouts: layouts, feeds: feeds, content: content, staticFiles: statics)
    }

    /// The site's `site.yml` and the keys it writes out; nil when the folder has none.
    static func siteSettings(_ folder: URL, log: inout [Diagnostic]) throws(PipelineError) -> (config: SiteConfig, keys: Set<String>)? {
        let url = folder.appendingPathComponent("site.yml")
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        let text = String(decoding: try read(url), as: UTF8.self)
        do {
            let (config, warnings) = try SiteConfigFormat.parse(text, file: "site.yml")
            log += warnings
            return (config, SiteConfigFormat.keys(in: text))
        } catch {
            throw PipelineError(error.located, hint: error.hint ?? "fix site.yml; the README lists every setting")
        }
    }

    /// The feeds `site.yml` lists, or every file in `feeds/` when it lists none.
    private static func feedInputs(_ folder: URL, sources: [String]) throws(PipelineError) -> [SiteSnapshot.Input] {
        if sources.isEmpty {
            return try files(below: folder.appendingPathComponent("feeds"), named: "feeds")
                .filter { !$0.key.hasPrefix(".") && !$0.key.hasSuffix(".md") }
                .sorted { $0.key < $1.key }
                .map { SiteSnapshot.Input(name: "feeds/" + $0.key, data: $0.value) }
        }
        let root = folder.standardizedFileURL.resolvingSymlinksInPath().path
        return try sources.map { source throws(PipelineError) in
            guard !source.hasPrefix("/") else {
                throw PipelineError("site.yml: source \"\(source)\" is an absolute path",
                                    hint: "sources are relative to the site folder: copy the feed into feeds/ and list it as feeds/NAME")
            }
            let url = folder.appendingPathComponent(source).standardizedFileURL
            guard url.resolvingSymlinksInPath().path.hasPrefix(root + "/") else {
                throw PipelineError("site.yml: source \"\(source)\" is outside the site folder",
                                    hint: "copy the feed into the site's feeds/ folder and list it as feeds/NAME")
            }
            guard FileManager.default.fileExists(atPath: url.path) else {
                throw PipelineError("site.yml: source \"\(source)\" not found (looked for \(url.path))",
                                    hint: "fix the path under `sources:`; paths are relative to the site folder")
            }
            guard !isDirectory(url) else {
                throw PipelineError("site.yml: source \"\(source)\" is a folder",
                                    hint: "list the feed files in it one by one, or leave `sources:` out to read every file in feeds/")
            }
            return SiteSnapshot.Input(name: source, data: try read(url))
        }
    }

    /// Names never read from a site's folders: version control and desktop clutter.
    static let ignoredNames: Set<String> = [".git", ".svn", ".hg", ".DS_Store", "Thumbs.db"]

    /// Every regular file below `root`, by `/`-separated relative path; empty when `root` is absent.
    /// Hidden files are skipped unless `hidden` is set (`static/` keeps `.well-known/`,
    /// `.htaccess`, `.nojekyll`); ``ignoredNames`` always are. Symbolic links are not followed
    /// out of `root`.
    static func files(below root: URL, named: String, hidden: Bool = false) throws(PipelineError) -> [String: Data] {
        guard isDirectory(root) else { return [:] }
        var out: [String: Data] = [:]
        let rootPath = root.resolvingSymlinksInPath().path
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey],
                                                          options: hidden ? [] : [.skipsHiddenFiles]) else { return [:] }
        for case let url as URL in walker {
            if ignoredNames.contains(url.lastPathComponent) {
                walker.skipDescendants()
                continue
            }
            let resolved = url.resolvingSymlinksInPath().path
            guard resolved.hasPrefix(rootPath + "/"), !isDirectory(url) else { continue }
            let relative = String(url.path.dropFirst(root.path.count)).trimmingCharacters(in: CharacterSet(charactersIn: "/"))
            out[relative] = try read(url)
        }
        return out
    }

    static func read(_ url: URL) throws(PipelineError) -> Data {
        do {
            return try Data(contentsOf: url)
        } catch {
            throw PipelineError("\(url.path): cannot read (\(error.localizedDescription))", hint: "check that the file exists and is readable")
        }
    }

    static func isDirectory(_ url: URL) -> Bool {
        var flag: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &flag) && flag.boolValue
    }
}
