import ArticleModel
import Foundation
import SiteFiles
#if canImport(Glibc)
import Glibc
#endif

/// `broadsheet import`: writes one Markdown file per feed article into a site's `content/`
/// (`content/YEAR/`, `content/undated/`, standalone pages in `content/pages/`), without
/// building. Re-importing the same feed changes nothing; an updated article updates its file;
/// a file edited by hand is never overwritten unless `force` is set.
public enum ContentImporter {
    /// Where the record of written files lives, relative to the site folder.
    public static let manifestPath = ".broadsheet/imports.json"
    /// One line per file as it is written, folded into the record on the next import: the
    /// record survives even a killed import, so a retry never writes `-2.md` copies.
    public static let journalPath = ".broadsheet/imports.journal"

    /// Imports `feeds` into `site`'s `content/`, holding the site's lock (``SiteLock``). The
    /// record is saved on every exit, failures included. With `dryRun`, the report says what
    /// an import would do and nothing is written: no file, no record, no lock. Converting the
    /// articles advances `progress`.
    public static func importFeeds(_ feeds: [URL], into site: URL, force: Bool, dryRun: Bool = false,
                                   progress: ProgressHandler? = nil) throws(PipelineError) -> ImportReport {
        let lock = dryRun ? nil : try SiteLock.site(site)
        defer { lock?.release() }
        var report = ImportReport()
        let inputs = try feeds.map { url throws(PipelineError) in SiteSnapshot.Input(name: url.path, data: try SiteReader.read(url)) }
        let settings = try SiteReader.siteSettings(site, log: &report.diagnostics)
        let read = ImportSteps.readFeeds(inputs, log: &report.diagnostics)
        let config = Pipeline.effectiveConfig(settings?.config ?? SiteConfig(), keys: settings?.keys ?? [], hasConfigFile: settings != nil,
                                              feeds: read.map(\.feed), log: &report.diagnostics)
        let drafts = TagSteps.autoTag(ImportSteps.convert(read, rules: Pipeline.cleaningRules(config), siteLanguage: config.language,
                                                          progress: progress, log: &report.diagnostics), config: config)
        var manifest = try loadManifest(site, log: &report.diagnostics)
        var placer = ContentPlacer(site: site, manifest: manifest)
        var saved = dryRun  // a dry run saves nothing
        defer { if !saved { try? save(manifest, site: site) } }  // a failed import keeps its record too
        for var draft in ResolveSteps.firstOfEachID(drafts, log: &report.diagnostics) {
            let date = draft.file.frontMatter.date
            let isPage = draft.file.frontMatter.isPage
            if date == nil && !isPage {
                report.diagnostics.append(Diagnostic(.note, file: draft.origin, "no date: imported as undated, into content/\(Article.undatedFolder)/",
                                                     hint: "add a pubDate to the feed item, or `date:` to the file, to file it under its year"))
            }
            let matter = draft.file.frontMatter
            let id = matter.id ?? matter.title
            // The file's name is the slug (the feed's own, as `build` uses it, else the title's).
            let path = placer.place(id: id, title: matter.slug ?? matter.title, folder: Article.folder(for: date, isPage: isPage))
            draft.file.frontMatter.slug = nil
            let text = ArticleFileFormat.text(of: draft.file)
            try store(text, id: id, path: path, site: site, force: force, dryRun: dryRun, manifest: &manifest, report: &report)
        }
        if !dryRun { try save(manifest, site: site) }
        saved = true
        return report
    }

    /// Writes one article's file, or with `dryRun` only reports what it would do.
    private static func store(_ text: String, id: String, path: String, site: URL, force: Bool, dryRun: Bool,
                              manifest: inout ImportManifest, report: inout ImportReport) throws(PipelineError) {
        let url = site.appendingPathComponent(path)
        let record = ImportManifest.Record(id: id, hash: ContentHash.of(text))
        guard FileManager.default.fileExists(atPath: url.path) else {
            if dryRun {
                manifest.files[path] = record
                report.created.append(path)
                return
            }
            // Recorded before it is written: a retry after a kill finds the path by the id.
            manifest.files[path] = record
            journal(path, record, site: site)
            do {
                try write(Data(text.utf8), to: url)
            } catch {
                manifest.files[path] = nil
                throw error
            }
            report.created.append(path)
            return
        }
        // An unreadable file (not UTF-8) counts as edited: it is not what Broadsheet wrote.
        let current = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        if current == text {
            if manifest.files[path] != record && !dryRun { journal(path, record, site: site) }
            manifest.files[path] = record
            report.unchanged.append(path)
            return
        }
        let untouched = manifest.files[path].map { $0.hash == ContentHash.of(current) } ?? false
        guard untouched || force else {
            report.keptEdited.append(path)
            report.diagnostics.append(Diagnostic(.warning, file: path, "edited since it was imported; kept as it is",
                                                 hint: "run import with --force to replace it with the feed's version"))
            return
        }
        if !dryRun {
            try write(Data(text.utf8), to: url)
            journal(path, record, site: site)  // after the write: until then the old hash is right
        }
        manifest.files[path] = record
        report.updated.append(path)
    }

    /// The record of earlier imports in `site`, with what an interrupted import journaled.
    /// Entries whose path is not a Markdown file inside `content/` are dropped and reported:
    /// the record is data anyone may have edited.
    private static func loadManifest(_ site: URL, log: inout [Diagnostic]) throws(PipelineError) -> ImportManifest {
        let url = site.appendingPathComponent(manifestPath)
        var manifest = ImportManifest()
        if FileManager.default.fileExists(atPath: url.path) {
            let data = try SiteReader.read(url)
            do {
                manifest = try ImportManifest.parse(data, file: manifestPath)
            } catch {
                throw PipelineError(error.located, hint: error.hint)
            }
        }
        for (path, record) in journaled(site.appendingPathComponent(journalPath), log: &log) { manifest.files[path] = record }
        for path in manifest.files.keys.sorted() where !isContentFile(path) {
            manifest.files[path] = nil
            log.append(Diagnostic(.warning, file: manifestPath, "ignored the record for \"\(path)\": not a Markdown file inside content/",
                                  hint: "Broadsheet only writes content/YEAR/SLUG.md; remove the entry"))
        }
        return manifest
    }

    /// The records in the journal a killed import left, in order; a line cut short by the kill
    /// is skipped.
    private static func journaled(_ url: URL, log: inout [Diagnostic]) -> [(String, ImportManifest.Record)] {
        guard FileManager.default.fileExists(atPath: url.path) else { return [] }
        let data: Data
        do {
            data = try SiteReader.read(url)
        } catch {
            log.append(Diagnostic(.warning, file: journalPath, "not read: \(error.message)", hint: error.hint))
            return []
        }
        var records: [(String, ImportManifest.Record)] = []
        for line in data.split(separator: UInt8(ascii: "\n")) {
            guard let entry = try? ImportManifest.parse(Data(line), file: journalPath) else { continue }
            records += entry.files.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        }
        log.append(Diagnostic(.note, file: journalPath, "an earlier import stopped before saving its record; recovered \(records.count) entries from its journal"))
        return records
    }

    /// Appends one record to the journal, best effort: the full record is saved at the end anyway.
    private static func journal(_ path: String, _ record: ImportManifest.Record, site: URL) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard var line = try? encoder.encode(ImportManifest(files: [path: record])) else { return }
        line.append(UInt8(ascii: "\n"))
        let url = site.appendingPathComponent(journalPath)
        let descriptor = open(url.path, O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        _ = line.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
    }

    /// Saves the whole record atomically, then drops the journal it now includes.
    private static func save(_ manifest: ImportManifest, site: URL) throws(PipelineError) {
        try write(manifest.json, to: site.appendingPathComponent(manifestPath))
        try? FileManager.default.removeItem(at: site.appendingPathComponent(journalPath))
    }

    /// Whether `path` is `content/…/name.md` with no empty, `.` or `..` part.
    static func isContentFile(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        return parts.count >= 2 && parts.first == "content" && path.hasSuffix(".md")
            && !path.contains("\\") && !path.contains("\0")
            && parts.allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
    }

    /// Writes atomically (a temporary file renamed into place), creating folders.
    private static func write(_ data: Data, to url: URL) throws(PipelineError) {
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url, options: .atomic)
        } catch {
            throw PipelineError("cannot write \(url.path): \(error.localizedDescription)", hint: "check that the site folder is writable")
        }
    }
}
