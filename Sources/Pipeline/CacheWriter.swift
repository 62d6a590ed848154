import ArticleModel

/// Writes values into the bytes of a build cache file (``CacheFile``): integers as
/// variable-length numbers, strings as their length and UTF-8 bytes. ``CacheReader`` reads
/// them back in the same order.
///
/// ```swift
/// var writer = CacheWriter()
/// writer.string("2024/budget")
/// writer.int(3)
/// ```
struct CacheWriter {
    /// What has been written so far.
    private(set) var bytes: [UInt8] = []

    /// A whole number, zigzag-encoded (small negative numbers stay short) in 7-bit groups.
    mutating func int(_ value: Int) {
        var rest = UInt64(bitPattern: Int64((value << 1) ^ (value >> 63)))
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    /// True or false, one byte.
    mutating func bool(_ value: Bool) {
        bytes.append(value ? 1 : 0)
    }

    /// A string: its length in UTF-8 bytes, then the bytes.
    mutating func string(_ value: String) {
        int(value.utf8.count)
        bytes.append(contentsOf: value.utf8)
    }

    /// A string or nothing: a flag, then the string when there is one.
    mutating func optional(_ value: String?) {
        bool(value != nil)
        if let value { string(value) }
    }

    /// A list of strings: the count, then each.
    mutating func strings(_ values: [String]) {
        int(values.count)
        for value in values { string(value) }
    }

    /// A diagnostic, every field.
    mutating func diagnostic(_ value: Diagnostic) {
        string(value.severity.rawValue)
        string(value.file)
        optional(value.item)
        bool(value.line != nil)
        if let line = value.line { int(line) }
        string(value.message)
        optional(value.hint)
    }

    /// A list of diagnostics: the count, then each.
    mutating func diagnostics(_ values: [Diagnostic]) {
        int(values.count)
        for value in values { diagnostic(value) }
    }
}
