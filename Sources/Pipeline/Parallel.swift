import Dispatch

/// `items.map(transform)` on every core, results in input order. The transform must be pure.
func parallelMap<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
    if items.count < 2 { return items.map(transform) }
    let buffer = UnsafeMutableBufferPointer<R?>.allocate(capacity: items.count)
    buffer.initialize(repeating: nil)
    defer { buffer.deallocate() }
    nonisolated(unsafe) let results = buffer
    let chunks = min(items.count, 64)
    DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
        var index = chunk
        while index < items.count {
            results[index] = transform(items[index])
            index += chunks
        }
    }
    return buffer.map { $0! }
}
