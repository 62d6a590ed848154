import ArticleModel
import Foundation

/// The bytes one ``Fetcher/fetch(_:each:)`` call may still download, shared by every
/// transfer running at once.
final class TransferBudget: @unchecked Sendable {
    /// The most bytes in all.
    let limit: ByteSize
    private let lock = NSLock()
    private var spent = 0

    /// A budget of `limit` bytes.
    init(limit: ByteSize) { self.limit = limit }

    /// Counts `count` more bytes; false, counting nothing, when they would pass the limit.
    func take(_ count: Int) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard spent + count <= limit.bytes else { return false }
        spent += count
        return true
    }
}
