import Foundation

/// Little-endian integers appended one after another, as ZIP records are written.
struct ZIPRecord {
    private(set) var data = Data()

    /// Appends each value as two bytes, low byte first.
    mutating func append16(_ values: UInt16...) {
        for value in values { data.append(contentsOf: [UInt8(value & 0xFF), UInt8(value >> 8)]) }
    }

    /// Appends each value as four bytes, low byte first.
    mutating func append32(_ values: UInt32...) {
        for value in values { data.append(contentsOf: (0..<4).map { UInt8((value >> ($0 * 8)) & 0xFF) }) }
    }

    /// Appends each value as eight bytes, low byte first (ZIP64 records).
    mutating func append64(_ values: UInt64...) {
        for value in values { data.append(contentsOf: (0..<8).map { UInt8((value >> ($0 * 8)) & 0xFF) }) }
    }
}
