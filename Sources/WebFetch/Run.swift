import ArticleModel
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// One ``Fetcher/fetch(_:each:)`` call: its queue and its byte budget, on a shared session. Workers
/// take hops from the queue and make them, one request at a time each.
final class Run: @unchecked Sendable {
    private let settings: FetchSettings
    private let queue: FetchQueue
    private let budget: TransferBudget
    private let delegate: SessionDelegate
    private let session: URLSession

    /// Starts a run on the process's session for these time-outs (``SessionPool``).
    init(settings: FetchSettings, queue: FetchQueue) {
        self.settings = settings
        self.queue = queue
        budget = TransferBudget(limit: settings.maxTotalSize)
        (session, delegate) = SessionPool.shared.session(timeout: settings.timeout,
                                                         resourceTimeout: settings.transferTimeout + settings.timeout)
    }

    /// A worker's loop: makes hops until the queue is empty.
    func work(_ requests: [WebRequest], into collected: Collected, each: (WebResult) -> Void) {
        while var hop = queue.next() {
            let host = hop.chain.host
            let request = requests[hop.index]
            switch step(&hop.chain, request) {
            case .none:
                queue.finished(host, redirected: hop)
            case .some(let outcome):
                collected.store(WebResult(request: request, outcome: outcome), at: hop.index, each: each)
                queue.finished(host, redirected: nil)
            }
        }
    }

    /// Makes the chain's current request: nil when it was redirected (the chain has moved on),
    /// else the request's outcome.
    private func step(_ chain: inout RedirectChain, _ request: WebRequest) -> Result<WebResponse, FetchFailure>? {
        let finalAddress = chain.current.absoluteString
        switch perform(chain.current, request) {
        case .failure(let failure):
            return .failure(failure)
        case .success(let (response, body)):
            let status = response.statusCode
            if (200..<300).contains(status) || status == 304 {
                return .success(WebResponse(status: status, finalAddress: finalAddress, body: status == 304 ? Data() : body,
                                            etag: response.value(forHTTPHeaderField: "ETag"),
                                            lastModified: response.value(forHTTPHeaderField: "Last-Modified"),
                                            contentType: response.value(forHTTPHeaderField: "Content-Type")))
            }
            guard [301, 302, 303, 307, 308].contains(status) else { return .failure(.httpStatus(status)) }
            if let failure = chain.follow(response.value(forHTTPHeaderField: "Location"), status: status) { return .failure(failure) }
            return nil
        }
    }

    /// One GET of `url`, with the request's conditional headers, waited for up to the
    /// whole-transfer time-out.
    private func perform(_ url: URL, _ request: WebRequest) -> Result<(HTTPURLResponse, Data), FetchFailure> {
        var urlRequest = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: settings.timeout)
        urlRequest.setValue(settings.userAgent, forHTTPHeaderField: "User-Agent")
        urlRequest.setValue(request.accept, forHTTPHeaderField: "Accept")
        if let etag = request.etag { urlRequest.setValue(etag, forHTTPHeaderField: "If-None-Match") }
        if let lastModified = request.lastModified { urlRequest.setValue(lastModified, forHTTPHeaderField: "If-Modified-Since") }
        let transfer = Transfer(fileLimit: settings.maxFileSize, budget: budget)
        let task = session.dataTask(with: urlRequest)
        delegate.register(task, transfer)
        task.resume()
        if !transfer.wait(until: .now() + settings.transferTimeout), transfer.stop(.transferTimedOut(settings.transferTimeout)) {
            task.cancel()
            _ = transfer.wait(until: .now() + 5)
        }
        return transfer.outcome(timeout: settings.timeout)
    }
}
