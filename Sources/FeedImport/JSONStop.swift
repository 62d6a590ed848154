/// Where and why JSON text stopped before its value was complete.
struct JSONStop: Equatable {
    /// The byte offset: the end of the text when it was cut, else the first byte that could
    /// not continue the JSON.
    var offset: Int
    /// Whether the text simply ended (a cut file) rather than holding a wrong byte.
    var truncated: Bool

    /// `line 3, column 14` of ``offset`` in `bytes` (1-based; columns count bytes).
    func place(in bytes: [UInt8]) -> String {
        var line = 1
        var lineStart = 0
        for index in 0..<min(offset, bytes.count) where bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        return "line \(line), column \(offset - lineStart + 1)"
    }

    /// The 1-based line of ``offset`` in `bytes`.
    func line(in bytes: [UInt8]) -> Int {
        var line = 1
        for index in 0..<min(offset, bytes.count) where bytes[index] == 0x0A { line += 1 }
        return line
    }
}
