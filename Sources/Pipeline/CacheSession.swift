import ArticleModel
import Foundation

/// The build cache's part in one build of a site folder (``Pipeline/build(_:)``): the scan of
/// the inputs, taken before anything is read, the build's key, and the last build's record.
///
/// The key is SHA-256 over the program (``CacheKey/program(version:)``), the output folder,
/// the request's overrides (`--base-url`, `--drafts`, `SOURCE_DATE_EPOCH`, `--layouts`) and
/// every input file's path and digest (``InputScan``). When it is the last build's and the
/// output folder still holds exactly what that build left (paths, sizes, times, inodes), the
/// build is over at once (``upToDateReport(output:diagnostics:)``). Otherwise the
/// build runs, with the convert and render steps' memos, and ``save(_:convert:render:output:)``
/// records it.
struct CacheSession: Sendable {
    /// The cache folder.
    let cache: BuildCache
    /// The inputs as found before the build read them.
    let scan: InputScan
    /// This build's key.
    let key: String
    /// The last build's record, when the cache had a sound one.
    let record: BuildRecord?

    /// The cache's name for the record.
    static let recordName = "build"
    /// The cache's name for the convert step's memo.
    static let convertName = "convert"
    /// The cache's name for the render step's memo.
    static let renderName = "render"

    /// The session of a build of `request` into `output`: the last record read, the inputs
    /// scanned and the key worked out. Nil for loose feed files, which have no site folder to
    /// keep a cache in, and for a folder that is not there (the build says why).
    static func start(_ request: BuildRequest, output: URL, log: inout [Diagnostic]) -> CacheSession? {
        guard case .site(let folder) = request.source, SiteReader.isDirectory(folder) else { return nil }
        let cache = BuildCache(site: folder, version: request.version)
        var record: BuildRecord?
        if var reader = cache.open(recordName, log: &log) {
            record = try? BuildRecord(from: &reader)
            if record == nil { log.append(cache.unreadable(recordName)) }
        }
        let scan = InputScan.scan(site: folder, theme: request.layouts, previous: record?.inputs ?? [])
        return CacheSession(cache: cache, scan: scan, key: key(request, output: output, scan: scan, program: cache.program), record: record)
    }

    /// The key of a build of `request` into `output` whose inputs are `scan`'s.
    static func key(_ request: BuildRequest, output: URL, scan: InputScan, program: String) -> String {
        var key = CacheKey(recordName)
        key.add(program)
        key.add(resolved(output).path)
        key.add(request.baseURL)
        key.add(request.includeDrafts ? "drafts" : "no drafts")
        key.add(request.sourceDateEpoch.map(String.init))
        key.add(request.layouts?.standardizedFileURL.path)
        for entry in scan.entries {
            key.add(entry.path)
            key.add(entry.digest)
        }
        return key.digest
    }

    /// Whether the inputs, settings and program are the last build's.
    var inputsUnchanged: Bool { record?.key == key }

    /// The last build's report, when nothing changed: the same key, and the output folder
    /// holding exactly what that build left. `diagnostics` (this run's) come after its own.
    /// Call it holding the build's locks.
    func upToDateReport(output: URL, diagnostics: [Diagnostic]) -> BuildReport? {
        guard let record, record.key == key, FolderWalk.entries(below: Self.resolved(output), following: false) == record.output else {
            return nil
        }
        return BuildReport(articles: record.articles, drafts: record.drafts, pages: record.pages, files: record.files,
                           changes: OutputChanges(unchanged: record.files), bookBytes: record.bookBytes, output: output, diagnostics: record.diagnostics + diagnostics,
                           cache: CacheTally(upToDate: true, inputsHashed: scan.hashed))
    }

    /// The convert step's memo from the last build (empty when the cache has none or it is unreadable).
    func convertMemo(log: inout [Diagnostic]) -> StepMemo<ConvertedEntry> { memo(Self.convertName, log: &log) }

    /// The render step's memo from the last build.
    func renderMemo(log: inout [Diagnostic]) -> StepMemo<RenderedBody> { memo(Self.renderName, log: &log) }

    private func memo<Value>(_ name: String, log: inout [Diagnostic]) -> StepMemo<Value> {
        guard var reader = cache.open(name, log: &log) else { return StepMemo() }
        guard let memo = try? StepMemo<Value>(from: &reader) else {
            log.append(cache.unreadable(name))
            return StepMemo()
        }
        return memo
    }

    /// Records the build that made `report` into `output` with the memos `convert` and
    /// `render`: the memos that changed, then the record with the output folder as it is now.
    /// The report's diagnostics are kept but for this run's own (the cache's notes, the
    /// output folder's leftovers); a note joins them when the cache cannot be written.
    func save(_ report: inout BuildReport, convert: StepMemo<ConvertedEntry>, render: StepMemo<RenderedBody>, output: URL) {
        var notes: [Diagnostic] = []
        if convert.changed { cache.write(convert.payload(), as: Self.convertName, log: &notes) }
        if render.changed { cache.write(render.payload(), as: Self.renderName, log: &notes) }
        let folder = Self.resolved(output)
        let kept = report.diagnostics.filter { !$0.file.hasPrefix(BuildCache.folder + "/") && $0.file != folder.path }
        let record = BuildRecord(key: key, inputs: scan.entries, output: FolderWalk.entries(below: folder, following: false),
                                 report: report, diagnostics: kept)
        cache.write(record.payload(), as: Self.recordName, log: &notes)
        report.diagnostics += notes
        report.cache = CacheTally(converted: convert.made, convertReused: convert.reused, rendered: render.made,
                                  renderReused: render.reused, inputsHashed: scan.hashed)
    }

    /// `url` with `.`, `..` and symbolic links resolved, as the output writer takes it.
    static func resolved(_ url: URL) -> URL { url.standardizedFileURL.resolvingSymlinksInPath() }
}
