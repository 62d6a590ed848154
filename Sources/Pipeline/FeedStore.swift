import ArticleModel
import Digest
import FeedImport
import Foundation
import SiteFiles
import WebFetch

/// The feeds `fetch` downloads into `feeds/`, with its state `.broadsheet/fetch.json`: a feed
/// held is asked for conditionally (an unchanged one costs one round trip), a new one gets a
/// stable name made from its address, and no file fetch did not write is ever replaced.
final class FeedStore: @unchecked Sendable {
    /// The `Accept` header of feed requests.
    static let accept = "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5"

    private let lock = NSLock()
    private let site: URL
    private let folder: StoreFolder
    private let tally: FetchTally
    private var state: FetchState

    /// The store of the site in `site`, with its fetch state; `feeds/` is created if missing.
    init(site: URL, state: FetchState, tally: FetchTally) throws(PipelineError) {
        self.site = site
        folder = try StoreFolder.prepare("feeds", in: site)
        self.state = state
        self.tally = tally
    }

    /// The requests for `addresses`, each once: conditional when the copy held is as fetch
    /// wrote it. A copy changed since is kept, and its address fails here, without a request.
    func requests(for addresses: [String]) -> [WebRequest] {
        var seen = Set<String>()
        return addresses.compactMap { address in
            guard seen.insert(address).inserted else { return nil }
            guard let feed = state.feeds[address], folder.contains(feed.file) else {
                return WebRequest(address: address, accept: FeedStore.accept)
            }
            guard let data = try? folder.read(feed.file), SHA256.hex(data) == feed.sha256 else {
                tally.failed(address, "feeds/\(feed.file) was changed since fetch wrote it, so it is kept as it is; delete it to download the feed again")
                return nil
            }
            return WebRequest(address: address, etag: feed.etag, lastModified: feed.lastModified, accept: FeedStore.accept)
        }
    }

    /// Keeps what a request brought: a new copy is written, a 304 changes nothing, a failure is counted.
    func store(_ result: WebResult) {
        lock.lock()
        defer { lock.unlock() }
        let address = result.request.address
        switch result.outcome {
        case .failure(let failure):
            tally.failed(address, failure.description)
        case .success(let response) where response.isUnchanged:
            tally.unchanged()
        case .success(let response):
            guard let format = FeedImporter.format(of: response.body) else {
                tally.failed(address, "not a feed or page Broadsheet reads\(FeedStore.served(response)); the copy held is kept", bytes: response.body.count)
                return
            }
            let file = state.feeds[address]?.file ?? newName(for: address, format: format)
            do {
                try folder.write(response.body, as: file)
            } catch {
                tally.failed(address, error.message, bytes: response.body.count)
                return
            }
            state.feeds[address] = FetchState.Feed(file: file, sha256: SHA256.hex(response.body), etag: response.etag, lastModified: response.lastModified)
            tally.fetched(bytes: response.body.count)
        }
    }

    /// Writes the state atomically.
    func save() throws(PipelineError) {
        lock.lock()
        let json = state.json
        lock.unlock()
        try StoreFolder.prepare(".broadsheet", in: site).write(json, as: URL(fileURLWithPath: FetchState.path).lastPathComponent)
    }

    /// A name in `feeds/` for a feed first fetched: host and path as a slug, eight hex digits
    /// of the address's hash, the format's extension (`news-example-feed-xml-1a2b3c4d.xml`);
    /// `-2`, `-3`, … before the extension while the name is taken by a file or another feed.
    private func newName(for address: String, format: FeedFormat) -> String {
        let withoutScheme = address.split(separator: "/", maxSplits: 2, omittingEmptySubsequences: false).dropFirst(2).first ?? ""
        let place = withoutScheme.split(whereSeparator: { $0 == "?" || $0 == "#" }).first.map(String.init) ?? ""
        let stem = Slug(place, fallback: "feed").value + "-" + SHA256.hex(Data(address.utf8)).prefix(8)
        let suffix = "." + FeedStore.fileExtension(format)
        let taken = Set(state.feeds.values.map(\.file))
        var name = stem + suffix
        var number = 2
        while taken.contains(name) || folder.contains(name) {
            name = "\(stem)-\(number)\(suffix)"
            number += 1
        }
        return name
    }

    /// The extension a downloaded input gets, from the format its bytes show.
    private static func fileExtension(_ format: FeedFormat) -> String {
        switch format {
        case .jsonFeed: "json"
        case .flattenedText: "txt"
        case .html: "html"
        case .rss, .rdf, .atom, .wordpress: "xml"
        }
    }

    /// ` (served as TYPE)`, when the server named a type.
    static func served(_ response: WebResponse) -> String {
        response.contentType.map { " (served as \($0.prefix(60)))" } ?? ""
    }
}
