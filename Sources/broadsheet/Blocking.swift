import Foundation

/// Waits on the calling thread for async work (the server's), for commands that are
/// otherwise synchronous. Never call it from a Swift concurrency thread.
enum Blocking {
    /// The result of `work`, once it has finished.
    static func wait<T: Sendable>(_ work: @escaping @Sendable () async throws -> T) throws -> T {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        Task {
            do { box.result = .success(try await work()) } catch { box.result = .failure(error) }
            done.signal()
        }
        done.wait()
        return try box.result!.get()
    }

    /// The same for work that cannot fail.
    static func wait<T: Sendable>(_ work: @escaping @Sendable () async -> T) -> T {
        // The throwing form never throws here.
        try! wait { () async throws -> T in await work() }
    }
}
