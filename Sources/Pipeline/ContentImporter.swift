import ArticleModel
import Foundation
import SiteFiles

/// `broadsheet import`: writes one Markdown file per feed article into a site's `content/`,
/// without building. Re-importing the same feed changes nothing; an updated article updates
/// its file; a file edited by hand is never overwritten unless `force` is set.
public enum ContentImporter {
    /// Where the record of written files lives, relative to the site folder.
    public static let manifestPath = ".broadsheet/imports.json"

    /// Imports `feeds` into `site`'s `content/`.
    public static func importFeeds(_ feeds: [URL], into site: URL, force: Bool) throws(PipelineError) -> ImportReport {
        var report = ImportReport()
        let inputs = try feeds.map { url throws(PipelineError) in SiteSnapshot.Input(name: url.path, data: try SiteReader.read(url)) }
        let config = try SiteReader.siteSettings(site, log: &report.diagnostics)?.config ?? SiteConfig()
        let read = ImportSteps.readFeeds(inputs, log: &report.diagnostics)
        let drafts = ImportSteps.convert(read, rules: CleaningRules.standard.adding(config.cleaning), log: &report.diagnostics)
        let manifestURL = site.appendingPathComponent(manifestPath)
        var manifest = try loadManifest(manifestURL, log: &report.diagnostics)
        var placer = ContentPlacer(site: site, manifest: manifest)
        let fallback = read.compactMap(\.feed.updated).max()
        for var draft in ResolveSteps.firstOfEachID(drafts, log: &report.diagnostics) {
            if draft.file.frontMatter.date == nil, let fallback {
                draft.file.frontMatter.date = fallback
                report.diagnostics.append(Diagnostic(.warning, file: draft.origin, "no date; used the feed's date \(fallback.iso8601)",
                                                     hint: "add a pubDate to the feed item, or fix `date:` in the file"))
            }
            guard let date = draft.file.frontMatter.date else {
                report.diagnostics.append(Diagnostic(.error, file: draft.origin, "not imported: the item has no date and the feed none either",
                                                     hint: "content/ files are filed by year; add a date to the feed item"))
                continue
            }
            let text = ArticleFileFormat.text(of: draft.file)
            let id = draft.file.frontMatter.id ?? draft.file.frontMatter.title
            let path = placer.place(id: id, title: draft.file.frontMatter.title, year: date.local.year)
            try store(text, id: id, path: path, site: site, force: force, manifest: &manifest, report: &report)
        }
        try write(manifest.json, to: manifestURL)
        return report
    }

    private static func store(_ text: String, id: String, path: String, site: URL, force: Bool,
                              manifest: inout ImportManifest, report: inout ImportReport) throws(PipelineError) {
        let url = site.appendingPathComponent(path)
        let record = ImportManifest.Record(id: id, hash: ContentHash.of(text))
        guard FileManager.default.fileExists(atPath: url.path) else {
            try write(Data(text.utf8), to: url)
            manifest.files[path] = record
            report.created.append(path)
            return
        }
        // An unreadable file (not UTF-8) counts as edited: it is not what Broadsheet wrote.
        let current = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        if current == text {
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
        try write(Data(text.utf8), to: url)
        manifest.files[path] = record
        report.updated.append(path)
    }

    /// The record of earlier imports. Entries whose path is not a Markdown file inside
    /// `content/` are dropped and reported: the record is data anyone may have edited.
    private static func loadManifest(_ url: URL, log: inout [Diagnostic]) throws(PipelineError) -> ImportManifest {
        guard FileManager.default.fileExists(atPath: url.path) else { return ImportManifest() }
        let data = try SiteReader.read(url)
        var manifest: ImportManifest
        do {
            manifest = try ImportManifest.parse(data, file: manifestPath)
        } catch {
            throw PipelineError(error.located, hint: error.hint)
        }
        for path in manifest.files.keys.sorted() where !isContentFile(path) {
            manifest.files[path] = nil
            log.append(Diagnostic(.warning, file: manifestPath, "ignored the record for \"\(path)\": not a Markdown file inside content/",
                                  hint: "Broadsheet only writes content/YEAR/SLUG.md; remove the entry"))
        }
        return manifest
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
