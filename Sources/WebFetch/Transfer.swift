import ArticleModel
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// One HTTP request in flight: the response and the bytes received so far, stopped as soon
/// as a limit is passed. The session's delegate feeds it; the worker that started it waits.
final class Transfer: @unchecked Sendable {
    private let lock = NSLock()
    private let finished = DispatchSemaphore(value: 0)
    private let fileLimit: ByteSize
    private let budget: TransferBudget
    private var response: HTTPURLResponse?
    private var body = Data()
    private var stopped: FetchFailure?
    private var error: (any Error)?
    private var done = false

    /// A transfer keeping at most `fileLimit` bytes, counted against `budget`.
    init(fileLimit: ByteSize, budget: TransferBudget) {
        self.fileLimit = fileLimit
        self.budget = budget
    }

    /// Takes the response head; false when the body is not wanted (not a 2xx answer, or a
    /// `Content-Length` over the limit), so the task is cancelled before it is read.
    func receive(_ response: URLResponse) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard let http = response as? HTTPURLResponse else {
            stopped = .network("not an HTTP response")
            return false
        }
        self.response = http
        guard (200..<300).contains(http.statusCode) else { return false }
        if http.expectedContentLength > Int64(fileLimit.bytes) {
            stopped = .tooLarge(fileLimit)
            return false
        }
        return true
    }

    /// Adds received bytes; false once a limit is passed (the bytes are dropped and the task
    /// is to be cancelled).
    func append(_ data: Data) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard stopped == nil else { return false }
        guard body.count + data.count <= fileLimit.bytes else {
            stopped = .tooLarge(fileLimit)
            return false
        }
        guard budget.take(data.count) else {
            stopped = .totalLimitReached(budget.limit)
            return false
        }
        body.append(data)
        return true
    }

    /// Records why the transfer was stopped from outside (its whole-transfer time-out); false
    /// when it had ended already, so its task must not be cancelled.
    func stop(_ failure: FetchFailure) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard !done else { return false }
        if stopped == nil { stopped = failure }
        return true
    }

    /// Ends the transfer with a redirect's answer, the moment URLSession asks whether to follow
    /// it (the ``Fetcher`` follows it itself); false when the transfer was stopped from outside
    /// first. Then its task has been cancelled, and the question must be left unanswered:
    /// FoundationNetworking traps ("Received callback for HTTP redirection, but we're not
    /// waiting for it") when a cancelled task's redirect question is answered.
    func redirected(_ response: HTTPURLResponse) -> Bool {
        lock.lock()
        guard stopped == nil, !done else {
            lock.unlock()
            return false
        }
        self.response = response
        done = true
        lock.unlock()
        finished.signal()
        return true
    }

    /// The task ended, with `error` when it failed or was cancelled.
    func complete(_ error: (any Error)?) {
        lock.lock()
        self.error = error
        done = true
        lock.unlock()
        finished.signal()
    }

    /// Waits until the task ends or `deadline` passes; false on the deadline.
    func wait(until deadline: DispatchTime) -> Bool {
        finished.wait(timeout: deadline) == .success
    }

    /// What the transfer came to: the response head with its body, or a failure.
    func outcome(timeout: Double) -> Result<(HTTPURLResponse, Data), FetchFailure> {
        lock.lock()
        defer { lock.unlock() }
        if let stopped { return .failure(stopped) }
        if let response, error == nil || !(200..<300).contains(response.statusCode) { return .success((response, body)) }
        return .failure(Transfer.failure(error, timeout: timeout))
    }

    /// A failure for the error URLSession reported.
    private static func failure(_ error: (any Error)?, timeout: Double) -> FetchFailure {
        guard let error = error as? URLError else {
            return .network(error.map { "network error: \($0.localizedDescription)" } ?? "no response")
        }
        switch error.code {
        case .timedOut: return .timedOut(timeout)
        case .cannotFindHost, .dnsLookupFailed: return .network("no such host")
        case .cannotConnectToHost: return .network("could not connect (connection refused)")
        case .networkConnectionLost: return .network("the connection was closed before the end")
        case .notConnectedToInternet: return .network("no network")
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate, .serverCertificateNotYetValid,
             .serverCertificateHasUnknownRoot, .clientCertificateRejected:
            return .network("TLS failed (certificate or handshake)")
        default: return .network("network error \(error.code.rawValue)")
        }
    }
}
