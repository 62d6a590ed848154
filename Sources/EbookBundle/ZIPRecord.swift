import Foundation

/// Little-endian integers appended one after another, as ZIP records are written.
struct ZIPRecord {
    private(set) var data = Data()

    /// Appends each value as two bytes, low byte first.
    mutating func append16(_ values: UInt16...) { values.forEach { append($0) } }

    /// Appends each value as four bytes, low byte first.
    mutating func append32(_ values: UInt32...) { values.forEach { append($0) } }

    /// Appends each value as eight bytes, low byte first (ZIP64 records).
    mutating func append64(_ values: UInt64...) { values.forEach { append($0) } }

    private mutating func append<Value: FixedWidthInteger>(_ value: Value) {
        withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) }
    }
}
