import Foundation

/// Runs independent page renders on every core. Results keep their order, so the output does
/// not depend on scheduling; when several renders fail, the error of the first one is thrown.
enum Parallel {
    /// `[body(0), body(1), …, body(count - 1)]`, computed in chunks on all cores.
    static func map<T: Sendable>(_ count: Int, _ body: @Sendable (Int) throws -> T) throws -> [T] {
        let chunkCount = min(count, ProcessInfo.processInfo.activeProcessorCount * 4)
        guard chunkCount > 1, count >= 32 else { return try (0..<count).map(body) }
        let chunks = ChunkResults<T>(count: chunkCount)
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            let range = (chunk * count / chunkCount)..<((chunk + 1) * count / chunkCount)
            chunks.store(chunk, Result { try range.map(body) })
        }
        return try chunks.collected()
    }
}
