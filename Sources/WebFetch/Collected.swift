import Foundation

/// The results of one fetch, stored by the workers under a lock; storing one also passes it
/// to the caller's callback, one call at a time.
final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [WebResult?]

    /// Starts with the results already known (addresses refused before any request).
    init(_ known: [WebResult?]) { stored = known }

    /// Stores `result` as the result of request `index` and tells `each`.
    func store(_ result: WebResult, at index: Int, each: (WebResult) -> Void) {
        lock.lock()
        defer { lock.unlock() }
        stored[index] = result
        each(result)
    }

    /// Every result so far, in the requests' order.
    var results: [WebResult?] {
        lock.lock()
        defer { lock.unlock() }
        return stored
    }
}
