import ArticleModel
import Foundation
import SiteFiles
import Theme
#if canImport(Glibc)
import Glibc
#endif

/// Reads a site folder (or loose feed files) into a ``SiteSnapshot``. The only place a build
/// reads from disk; ``read(_:)`` is also how `convert` reads its file.
public enum SiteReader {
    /// Reads what `request` names.
    static func read(_ request: BuildRequest, log: inout [Diagnostic]) throws(PipelineError) -> SiteSnapshot {
        let theme = try theme(request.layouts)
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
        let own = try files(below: folder.appendingPathComponent("layouts"), named: "layouts")
        // Translation files are merged key by key later (StringSteps), not file by file.
        for (path, data) in own where !path.hasPrefix(TranslationMerge.folder + "/") { layouts[path] = data }
        let feeds = try feedInputs(folder, sources: config.sources, log: &log)
        let content = try files(below: folder.appendingPathComponent("content"), named: "content")
            .filter { $0.key.hasSuffix(".md") || $0.key.hasSuffix(".markdown") }
            .sorted { $0.key < $1.key }
            .map { SiteSnapshot.Input(name: "content/" + $0.key, data: $0.value) }
        let statics = try files(below: folder.appendingPathComponent("static"), named: "static", hidden: true)
            .sorted { $0.key < $1.key }
            .map { OutputFile(path: $0.key, contents: $0.value) }
        if !hasConfig && feeds.isEmpty && content.isEmpty {
            let pages = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.lowercased().hasSuffix(".html") || $0.lowercased().hasSuffix(".htm") }
            let hint = pages.isEmpty
                ? "run `broadsheet build Site` for the sample, or `broadsheet build FEED --output DIR` to build straight from a feed"
                : "a folder is read as a site folder: give its pages as files (`broadsheet build \(folder.path)/*.html --output DIR`), or move them into a site's feeds/"
            throw PipelineError("\(folder.path) is not a site folder: no site.yml, no feeds/, no content/", hint: hint)
        }
        let media = mediaStore(folder, log: &log)
        return SiteSnapshot(config: config, hasConfigFile: hasConfig, configKeys: keys, layouts: layouts, feeds: feeds, content: content,
                            staticFiles: statics, library: media.library, mediaFiles: media.files,
                            siteTranslations: own.filter { $0.key.hasPrefix(TranslationMerge.folder + "/") })
    }

    /// The built-in default theme with the files of `folder`, when given, in place of its own.
    static func theme(_ folder: URL?) throws(PipelineError) -> [String: Data] {
        guard let folder else { return DefaultTheme.files }
        guard isDirectory(folder) else {
            throw PipelineError("\(folder.path): the theme folder does not exist",
                                hint: "give an existing folder to --layouts (or BROADSHEET_LAYOUTS), or leave it out to use the built-in theme")
        }
        return DefaultTheme.files.merging(try files(below: folder, named: "Layouts")) { _, own in own }
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

    /// The feeds `site.yml` lists, or every file in `feeds/` when it lists none. A source that
    /// is a web address is read from the copy `broadsheet fetch` made.
    private static func feedInputs(_ folder: URL, sources: [String], log: inout [Diagnostic]) throws(PipelineError) -> [SiteSnapshot.Input] {
        if sources.isEmpty {
            return try files(below: folder.appendingPathComponent("feeds"), named: "feeds")
                .filter { !$0.key.hasPrefix(".") && !$0.key.hasSuffix(".md") }
                .sorted { $0.key < $1.key }
                .map { SiteSnapshot.Input(name: "feeds/" + $0.key, data: $0.value) }
        }
        let root = folder.standardizedFileURL.resolvingSymlinksInPath().path
        return try sources.map { source throws(PipelineError) -> SiteSnapshot.Input? in
            if source.isWebAddress { return try fetchedFeed(folder, address: source, log: &log) }
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
        }.compactMap { $0 }
    }

    /// Names never read from a site's folders: version control and desktop clutter.
    static let ignoredNames: Set<String> = [".git", ".svn", ".hg", ".DS_Store", "Thumbs.db"]

    /// Every regular file below `root`, by `/`-separated relative path; empty when `root` is absent.
    /// Hidden files are skipped unless `hidden` is set (`static/` keeps `.well-known/`,
    /// `.htaccess`, `.nojekyll`); ``ignoredNames`` always are. Symbolic links are not followed
    /// out of `root`. A file whose relative path `reading` refuses is listed with no bytes.
    static func files(below root: URL, named: String, hidden: Bool = false,
                      reading: (String) -> Bool = { _ in true }) throws(PipelineError) -> [String: Data] {
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
            out[relative] = reading(relative) ? try read(url) : Data()
        }
        return out
    }

    /// The largest input file read, in bytes (1 GiB): a feed, a page, a file in the site folder.
    public static let maximumInputBytes = 1 << 30

    /// The bytes of the regular file at `url`. A FIFO, a device or a socket is refused without
    /// being opened for reading (so it cannot hang the build), and so is a file over
    /// ``maximumInputBytes``.
    public static func read(_ url: URL) throws(PipelineError) -> Data {
        var info = stat()
        guard stat(url.path, &info) == 0 else { throw cannotRead(url, errno) }
        try checkRegularFile(url, info)
        // O_NONBLOCK: should the file be swapped for a FIFO meanwhile, opening it still returns.
        let descriptor = open(url.path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw cannotRead(url, errno) }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        guard fstat(descriptor, &info) == 0 else { throw cannotRead(url, errno) }
        try checkRegularFile(url, info)
        let data: Data
        do {
            data = try handle.read(upToCount: maximumInputBytes + 1) ?? Data()
        } catch {
            throw PipelineError("\(url.path): cannot read the file (\(error.localizedDescription))", hint: "check that the file exists and is readable")
        }
        guard data.count <= maximumInputBytes else { throw tooLarge(url, size: Int64(data.count)) }
        return data
    }

    /// Throws unless `info` describes a regular file of at most ``maximumInputBytes``.
    private static func checkRegularFile(_ url: URL, _ info: stat) throws(PipelineError) {
        let kind: String
        switch info.st_mode & S_IFMT {
        case S_IFREG:
            guard info.st_size <= maximumInputBytes else { throw tooLarge(url, size: Int64(info.st_size)) }
            return
        case S_IFDIR: kind = "a folder"
        case S_IFIFO: kind = "a FIFO (named pipe)"
        case S_IFCHR, S_IFBLK: kind = "a device"
        case S_IFSOCK: kind = "a socket"
        default: kind = "not a file"
        }
        throw PipelineError("\(url.path) is not a regular file: it is \(kind), and is not read",
                            hint: "give the path of a feed file; save a stream to a file first")
    }

    private static func cannotRead(_ url: URL, _ code: Int32) -> PipelineError {
        PipelineError("\(url.path): cannot read the file (\(String(cString: strerror(code))))", hint: "check that the file exists and is readable")
    }

    private static func tooLarge(_ url: URL, size: Int64) -> PipelineError {
        PipelineError("\(url.path) is \(size / (1 << 20)) MB: inputs are read up to \(maximumInputBytes >> 20) MB (1 GiB)",
                      hint: "split the feed into several files")
    }

    static func isDirectory(_ url: URL) -> Bool {
        var flag: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &flag) && flag.boolValue
    }
}
