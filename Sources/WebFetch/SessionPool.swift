import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The URL sessions of the process, one per pair of time-outs, made on first use and never
/// invalidated. On Linux, FoundationNetworking tears a session down while libcurl's socket
/// sources may still fire, and that race crashes the process now and then (a trap in the
/// test process, once in several hundred fetches); a session kept for the life of the process
/// is never torn down. Each session has its own ``SessionDelegate``, which routes callbacks by
/// task, so runs that share a session never see each other's transfers.
final class SessionPool: @unchecked Sendable {
    /// The one pool.
    static let shared = SessionPool()

    private let lock = NSLock()
    private var made: [String: (session: URLSession, delegate: SessionDelegate)] = [:]

    /// The session for requests that time out after `timeout` seconds without data, with
    /// `resourceTimeout` seconds as a backstop for a whole transfer (the run keeps the real one).
    /// No cookies, no cache, no credentials kept.
    func session(timeout: Double, resourceTimeout: Double) -> (session: URLSession, delegate: SessionDelegate) {
        let key = "\(timeout) \(resourceTimeout)"
        lock.lock()
        defer { lock.unlock() }
        if let existing = made[key] { return existing }
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = resourceTimeout
        configuration.httpCookieAcceptPolicy = .never
        configuration.httpShouldSetCookies = false
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        let delegate = SessionDelegate()
        let entry = (session: URLSession(configuration: configuration, delegate: delegate, delegateQueue: nil), delegate: delegate)
        made[key] = entry
        return entry
    }
}
