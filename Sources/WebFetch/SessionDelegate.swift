import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Receives URLSession's callbacks and hands each to its ``Transfer``. It refuses every
/// redirect, so the ``Fetcher`` follows them itself, one checked hop at a time.
final class SessionDelegate: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    private let lock = NSLock()
    private var transfers: [Int: Transfer] = [:]

    /// Routes the callbacks of `task` to `transfer` until it completes.
    func register(_ task: URLSessionTask, _ transfer: Transfer) {
        lock.lock()
        transfers[task.taskIdentifier] = transfer
        lock.unlock()
    }

    private func transfer(_ task: URLSessionTask) -> Transfer? {
        lock.lock()
        defer { lock.unlock() }
        return transfers[task.taskIdentifier]
    }

    private func takeTransfer(_ task: URLSessionTask) -> Transfer? {
        lock.lock()
        defer { lock.unlock() }
        return transfers.removeValue(forKey: task.taskIdentifier)
    }

    /// Never lets URLSession follow a redirect: the 3xx answer ends the transfer at once, and
    /// the task's later callbacks find no transfer. A transfer stopped first (its task
    /// cancelled) leaves the question unanswered (``Transfer/redirected(_:)``).
    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void) {
        guard let transfer = transfer(task), transfer.redirected(response) else { return }
        _ = takeTransfer(task)
        completionHandler(nil)
    }

    /// Reads the body only of a 2xx answer whose announced size is within the limit.
    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void) {
        let wanted = transfer(dataTask)?.receive(response) ?? false
        completionHandler(wanted ? .allow : .cancel)
    }

    /// Keeps the bytes, cancelling the task as soon as a limit is passed.
    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        if transfer(dataTask)?.append(data) == false { dataTask.cancel() }
    }

    /// Ends the transfer.
    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        takeTransfer(task)?.complete(error)
    }
}
