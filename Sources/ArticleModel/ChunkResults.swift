import Foundation

/// The results of `Parallel.map`'s chunks, written from several threads under a lock.
final class ChunkResults<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [Result<[T], Error>?]

    init(count: Int) { results = Array(repeating: nil, count: count) }

    func store(_ chunk: Int, _ result: Result<[T], Error>) {
        lock.lock()
        results[chunk] = result
        lock.unlock()
    }

    func collected() throws -> [T] {
        lock.lock()
        defer { lock.unlock() }
        return try results.flatMap { try $0!.get() }
    }
}
