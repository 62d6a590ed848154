import Foundation

/// Runs independent, pure pieces of work on every core. Results keep their order, so the
/// output never depends on scheduling; when several pieces fail, the first one's error is thrown.
///
/// ```swift
/// let pages = try Parallel.map(articles) { try render($0) }
/// ```
public enum Parallel {
    /// `[body(0), body(1), …, body(count - 1)]`, computed in chunks on all cores.
    public static func map<T: Sendable>(_ count: Int, _ body: @Sendable (Int) throws -> T) throws -> [T] {
        let chunkCount = min(count, ProcessInfo.processInfo.activeProcessorCount * 4)
        guard chunkCount > 1, count >= 8 else { return try (0..<count).map(body) }
        let chunks = ChunkResults<T>(count: chunkCount)
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            let range = (chunk * count / chunkCount)..<((chunk + 1) * count / chunkCount)
            chunks.store(chunk, Result { try range.map(body) })
        }
        return try chunks.collected()
    }

    /// `items.map(transform)`, computed on all cores, in order.
    public static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        // The body cannot throw, so neither can the chunked map.
        (try? map(items.count) { transform(items[$0]) }) ?? []
    }
}
