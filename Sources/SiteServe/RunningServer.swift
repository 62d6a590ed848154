import FlyingFox
import Foundation

/// The FlyingFox server a ``SiteServer`` started, its task and the pings' task, behind a
/// lock: set once when it listens, taken once when it stops.
final class RunningServer: @unchecked Sendable {
    private let lock = NSLock()
    private var server: HTTPServer?
    private var task: Task<Void, Never>?
    private var pings: Task<Void, Never>?

    /// Records the server that listens and the task running it.
    func set(_ server: HTTPServer, _ task: Task<Void, Never>) {
        lock.withLock { (self.server, self.task) = (server, task) }
    }

    /// Records the task sending pings.
    func setPings(_ task: Task<Void, Never>) {
        lock.withLock { pings = task }
    }

    /// The running server, once: nil when it never started or was already taken.
    func take() -> (server: HTTPServer, task: Task<Void, Never>, pings: Task<Void, Never>?)? {
        lock.withLock {
            defer { (server, task, pings) = (nil, nil, nil) }
            guard let server, let task else { return nil }
            return (server, task, pings)
        }
    }
}
