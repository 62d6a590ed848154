/// What one step of the build (convert, render) worked out for each item in the last build,
/// by the key of the item's inputs (``CacheKey``), and what it does in this one.
///
/// The step is given the memo, looks each item's key up in ``known``, works out only the
/// items it does not find, and ``record(_:_:reused:)``s every item's result; ``used`` is then
/// what the cache keeps for the next build (results no article needs any more are dropped).
struct StepMemo<Value: CacheCodable>: Sendable {
    /// Results from the last build, by key.
    var known: [String: Value]
    /// This build's results, by key.
    private(set) var used: [String: Value] = [:]
    /// How many items this build worked out.
    private(set) var made = 0
    /// How many items this build took from ``known``.
    private(set) var reused = 0

    /// A memo that knows `known`.
    init(known: [String: Value] = [:]) {
        self.known = known
    }

    /// Records the result of the item keyed `key`, `reused` from ``known`` or worked out.
    mutating func record(_ key: String, _ value: Value, reused wasReused: Bool) {
        used[key] = value
        if wasReused { reused += 1 } else { made += 1 }
    }

    /// Whether ``used`` differs from ``known``, so the cache file must be written again.
    var changed: Bool { made > 0 || used.count != known.count }

    /// ``used``, sorted by key so the same results give the same bytes.
    func payload() -> [UInt8] {
        var writer = CacheWriter()
        writer.int(used.count)
        for (key, value) in used.sorted(by: { $0.key < $1.key }) {
            writer.string(key)
            value.write(to: &writer)
        }
        return writer.bytes
    }

    /// A memo knowing the results `reader` holds (as ``payload()`` wrote them).
    init(from reader: inout CacheReader) throws(CacheReader.Damaged) {
        let count = try reader.count()
        var known: [String: Value] = [:]
        known.reserveCapacity(count)
        for _ in 0..<count { known[try reader.string()] = try Value(from: &reader) }
        guard reader.isAtEnd else { throw CacheReader.Damaged() }
        self.init(known: known)
    }
}
