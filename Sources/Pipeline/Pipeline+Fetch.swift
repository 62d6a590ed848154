import ArticleModel
import Foundation
import SiteFiles
import WebFetch

extension Pipeline {
    /// Downloads what a site folder needs to be read offline: `broadsheet fetch`, the one
    /// command that touches the network. Failures never stop the run: each is counted in the
    /// report with its reason.
    ///
    /// 1. lock      the site folder, as `build` and `import` do
    /// 2. feeds     every `sources:` entry that is a web address → `feeds/` (conditional
    ///              requests; state in `.broadsheet/fetch.json`)
    /// 3. read      the site as `build` reads it, with the feeds just fetched and the media store
    /// 4. articles  import, convert, parse, tags, resolve and render in memory: `build`'s own steps
    /// 5. images    every picture an article uses (``MediaSteps``) that the store lacks →
    ///              `media/`, the record `media/index.json` written as it goes
    public static func fetch(_ request: FetchRequest) throws(PipelineError) -> FetchReport {
        let folder = request.site
        guard SiteReader.isDirectory(folder) else {
            throw PipelineError("\(folder.path): no such folder", hint: "give the path of a site folder (one with site.yml)")
        }
        let lock = try SiteLock.site(folder)
        defer { lock.release() }
        var log: [Diagnostic] = []
        let config = try SiteReader.siteSettings(folder, log: &log)?.config ?? SiteConfig()
        let tally = FetchTally(progress: request.progress)
        let settings = FetchSettings(config.fetch, version: request.version, hostPause: request.hostPause)
        let feedBytes = try fetchFeeds(config.sources.filter(\.isWebAddress), folder: folder, settings: settings, tally: tally, log: &log)
        var read: [Diagnostic] = []
        let snapshot = try SiteReader.read(BuildRequest(source: .site(folder), layouts: request.layouts), log: &read)
        log += read.filter { $0.file.hasPrefix(MediaLibrary.folder + "/") }  // the store's problems; the rest are build's to tell
        var images = settings
        images.maxTotalSize = ByteSize(max(0, settings.maxTotalSize.bytes - feedBytes))
        try fetchImages(snapshot, folder: folder, settings: images, tally: tally, log: &log)
        return tally.report(diagnostics: log)
    }

    /// Step 2: the web-address sources into `feeds/`; the bytes downloaded.
    private static func fetchFeeds(_ addresses: [String], folder: URL, settings: FetchSettings, tally: FetchTally,
                                   log: inout [Diagnostic]) throws(PipelineError) -> Int {
        guard !addresses.isEmpty else { return 0 }
        let store = try FeedStore(site: folder, state: SiteReader.fetchState(folder, log: &log), tally: tally)
        let requests = store.requests(for: addresses)
        tally.begin("feeds", total: requests.count)
        let results = Fetcher(settings).fetch(requests) { store.store($0) }
        try store.save()
        return results.reduce(0) { total, result in total + ((try? result.outcome.get())?.body.count ?? 0) }
    }

    /// Steps 4 and 5: the pictures the site's articles use that the store lacks, into `media/`.
    private static func fetchImages(_ snapshot: SiteSnapshot, folder: URL, settings: FetchSettings, tally: FetchTally,
                                    log: inout [Diagnostic]) throws(PipelineError) {
        var clock = StepClock()
        var ignored: [Diagnostic] = []  // what build says about the articles, it says again
        let (articles, _, _) = Self.articles(snapshot, clock: &clock, log: &ignored)
        let (rendered, unstored) = RenderSteps.render(articles, library: snapshot.library, log: &ignored)
        let stored = Set(rendered.flatMap { $0.images.keys.map(MediaLibrary.key) })
        tally.alreadyStored(stored.count)
        var keys = Set<String>()
        let addresses = unstored.sorted().filter { keys.insert(MediaLibrary.key($0)).inserted }  // each picture once
        guard !addresses.isEmpty else { return }
        // The record of the files that are there: an entry whose file is gone is fetched anew.
        let store = try MediaStore(site: folder, record: MediaRecord(snapshot.library), tally: tally)
        tally.begin("images", total: addresses.count)
        _ = Fetcher(settings).fetch(addresses.map { WebRequest(address: $0, accept: MediaStore.accept) }) { store.store($0) }
        try store.save()
    }
}
