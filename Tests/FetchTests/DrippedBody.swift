import FlyingSocks
import Foundation

/// A response body of `total` bytes sent in 16 KB pieces a few milliseconds apart, without a
/// `Content-Length` (so chunked), counting the bytes the server handed to the socket: a client
/// that stops reading at its limit makes the server stop well before the end.
struct DrippedBody: AsyncBufferedSequence, Sendable {
    typealias Element = UInt8

    /// Bytes handed out so far, across every response using the counter.
    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        /// The bytes counted.
        var bytes: Int {
            lock.lock()
            defer { lock.unlock() }
            return count
        }
        fileprivate func add(_ n: Int) {
            lock.lock()
            count += n
            lock.unlock()
        }
    }

    let total: Int
    let counter: Counter

    func makeAsyncIterator() -> Iterator { Iterator(remaining: total, counter: counter) }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var remaining: Int
        let counter: Counter

        mutating func next() async throws -> UInt8? {
            try await nextBuffer(suggested: 1)?.first
        }

        mutating func nextBuffer(suggested count: Int) async throws -> [UInt8]? {
            guard remaining > 0 else { return nil }
            try await Task.sleep(for: .milliseconds(5))
            let size = Swift.min(16 << 10, remaining, Swift.max(1, count))
            remaining -= size
            counter.add(size)
            return [UInt8](repeating: 0x41, count: size)
        }
    }
}
