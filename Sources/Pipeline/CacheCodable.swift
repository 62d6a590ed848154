/// A value the build cache can keep: written with a ``CacheWriter``, read back with a
/// ``CacheReader`` in the same order.
protocol CacheCodable: Sendable {
    /// Writes every field.
    func write(to writer: inout CacheWriter)
    /// Reads what ``write(to:)`` wrote.
    init(from reader: inout CacheReader) throws(CacheReader.Damaged)
}
