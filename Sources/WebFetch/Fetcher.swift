import ArticleModel
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Downloads addresses politely and safely with Foundation's URLSession (libcurl on Linux):
/// a few requests at once but one per host, with a pause between two to the same host;
/// time-outs; redirects followed one checked hop at a time (http/https only, at most
/// ``FetchSettings/maxRedirects``, loops refused); a size limit per file, checked against
/// `Content-Length` first and while reading, and one for the whole call; conditional
/// requests, so an unchanged file costs one round trip.
///
/// ```swift
/// let fetcher = Fetcher(FetchSettings(FetchOptions(), version: "0.1.0"))
/// let results = fetcher.fetch([WebRequest(address: "https://news.example/feed.xml")]) { result in
///     print(result.request.address, result.outcome)
/// }
/// ```
///
/// The one target that imports FoundationNetworking: nothing else in Broadsheet touches the network.
public struct Fetcher: Sendable {
    /// The settings every request follows.
    public var settings: FetchSettings

    /// A fetcher with `settings`.
    public init(_ settings: FetchSettings) { self.settings = settings }

    /// Downloads every request and returns the results in the requests' order. `each` is
    /// called with every result as soon as it is known, one call at a time, so the caller can
    /// store files as they come. A failure never stops the others.
    public func fetch(_ requests: [WebRequest], each: @escaping @Sendable (WebResult) -> Void = { _ in }) -> [WebResult] {
        var results: [WebResult?] = Array(repeating: nil, count: requests.count)
        var hops: [FetchQueue.Hop] = []
        for (index, request) in requests.enumerated() {
            switch RedirectChain.start(request.address, limit: settings.maxRedirects) {
            case .success(let chain): hops.append(FetchQueue.Hop(index: index, chain: chain))
            case .failure(let failure): results[index] = WebResult(request: request, outcome: .failure(failure))
            }
        }
        for case let result? in results { each(result) }
        let collected = Collected(results)
        let run = Run(settings: settings, queue: FetchQueue(hops, pause: settings.hostPause))
        // Threads of their own, not Dispatch's pool: a worker blocks while its request runs,
        // and URLSession delivers its callbacks on that pool.
        let workers = DispatchGroup()
        for _ in 0..<min(settings.concurrency, max(hops.count, 1)) {
            workers.enter()
            Thread {
                run.work(requests, into: collected, each: each)
                workers.leave()
            }.start()
        }
        workers.wait()
        return collected.results.map { $0! }
    }
}
