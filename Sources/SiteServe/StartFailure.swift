import Foundation

/// The error a server's run ended with, when it ended before listening (a port in use),
/// behind a lock: the run's task records it, the starting task reads it.
final class StartFailure: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: (any Error)?

    /// Records why the run ended.
    func record(_ error: any Error) {
        lock.withLock { stored = error }
    }

    /// Why the run ended, if it did.
    var error: (any Error)? {
        lock.withLock { stored }
    }
}
