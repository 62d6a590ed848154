import ArticleModel

/// Reads back, in order, what a ``CacheWriter`` wrote. Reading past the end, or a value that
/// cannot be what was written, throws ``CacheReader/Damaged``: the file is not used.
struct CacheReader {
    /// The bytes do not hold what the reader expected (cut short, or garbage).
    struct Damaged: Error {}

    private let bytes: [UInt8]
    private var position: Int

    /// A reader of `bytes` from `start`.
    init(_ bytes: [UInt8], from start: Int = 0) {
        self.bytes = bytes
        self.position = start
    }

    /// Whether every byte has been read.
    var isAtEnd: Bool { position == bytes.count }

    /// Where the next value starts.
    var offset: Int { position }

    /// A whole number written by ``CacheWriter/int(_:)``.
    mutating func int() throws(Damaged) -> Int {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard position < bytes.count, shift < 64 else { throw Damaged() }
            let byte = bytes[position]
            position += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        return Int(Int64(bitPattern: (value >> 1) ^ (0 &- (value & 1))))
    }

    /// A count or length: a whole number that is not negative and not beyond the bytes left.
    mutating func count() throws(Damaged) -> Int {
        let value = try int()
        guard value >= 0, value <= bytes.count - position else { throw Damaged() }
        return value
    }

    /// True or false.
    mutating func bool() throws(Damaged) -> Bool {
        guard position < bytes.count, bytes[position] <= 1 else { throw Damaged() }
        position += 1
        return bytes[position - 1] == 1
    }

    /// A string.
    mutating func string() throws(Damaged) -> String {
        let length = try count()
        defer { position += length }
        return String(decoding: bytes[position..<(position + length)], as: UTF8.self)
    }

    /// `length` raw bytes.
    mutating func raw(_ length: Int) throws(Damaged) -> ArraySlice<UInt8> {
        guard length >= 0, length <= bytes.count - position else { throw Damaged() }
        defer { position += length }
        return bytes[position..<(position + length)]
    }

    /// A string or nothing.
    mutating func optional() throws(Damaged) -> String? {
        try bool() ? try string() : nil
    }

    /// A list of strings.
    mutating func strings() throws(Damaged) -> [String] {
        let count = try count()
        var values: [String] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try string()) }
        return values
    }

    /// A diagnostic.
    mutating func diagnostic() throws(Damaged) -> Diagnostic {
        guard let severity = Diagnostic.Severity(rawValue: try string()) else { throw Damaged() }
        let file = try string()
        let item = try optional()
        let line = try bool() ? try int() : nil
        let message = try string()
        return Diagnostic(severity, file: file, item: item, line: line, message, hint: try optional())
    }

    /// A list of diagnostics.
    mutating func diagnostics() throws(Damaged) -> [Diagnostic] {
        let count = try count()
        var values: [Diagnostic] = []
        for _ in 0..<count { values.append(try diagnostic()) }
        return values
    }
}
