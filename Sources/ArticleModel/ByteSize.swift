/// A size in bytes, as settings write it (`20MB`, `500 MB`, `1.5GB`, `800KB`, `4096`) and
/// as messages show it (`20 MB`, `4.2 MB`, `830 KB`). Units are powers of 1024, as `ls -h`
/// and `du -h` count them.
///
/// ```swift
/// ByteSize(text: "20MB")?.bytes        // 20_971_520
/// ByteSize(4_404_019).description       // "4.2 MB"
/// ```
public struct ByteSize: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The number of bytes.
    public var bytes: Int

    /// A size of `bytes` bytes.
    public init(_ bytes: Int) { self.bytes = bytes }

    /// The size written as a number with an optional unit (`B`, `KB`, `MB`, `GB`, also `K`,
    /// `M`, `G`, any case, spaces allowed before the unit); nil for anything else, a negative
    /// number, or a size beyond 1 TB.
    public init?(text: String) {
        let trimmed = text.trimmingWhitespace
        let number = trimmed.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
        let unit = String(trimmed.dropFirst(number.count)).trimmingWhitespace.uppercased()
        guard !number.isEmpty, let value = Double(number), let scale = ByteSize.scales[unit],
              value * Double(scale) <= Double(ByteSize.largest) else { return nil }
        bytes = Int((value * Double(scale)).rounded())
    }

    private static let largest = 1 << 40
    private static let scales: [String: Int] = [
        "": 1, "B": 1, "K": 1 << 10, "KB": 1 << 10, "M": 1 << 20, "MB": 1 << 20, "G": 1 << 30, "GB": 1 << 30,
    ]

    /// Megabytes (`n MB`) when whole or at least 1 MB, kilobytes below, bytes below 1 KB;
    /// one decimal where it says something (`4.2 MB`, never `20.0 MB`).
    public var description: String {
        if bytes < 1 << 10 { return "\(bytes) B" }
        if bytes < 1 << 20 { return "\((bytes + 512) >> 10) KB" }
        if bytes < 1 << 30 { return ByteSize.decimal(Double(bytes) / Double(1 << 20)) + " MB" }
        return ByteSize.decimal(Double(bytes) / Double(1 << 30)) + " GB"
    }

    /// `value` with one decimal, dropped when it is 0 or the value is 100 or more.
    private static func decimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        if tenths % 10 == 0 || value >= 100 { return String(Int(value.rounded())) }
        return "\(tenths / 10).\(tenths % 10)"
    }

    /// Orders by size.
    public static func < (a: ByteSize, b: ByteSize) -> Bool { a.bytes < b.bytes }
}
