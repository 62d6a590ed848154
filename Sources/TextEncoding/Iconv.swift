import Glibc

/// Decodes bytes to UTF-8 with glibc's iconv. A sequence the encoding does not allow becomes
/// U+FFFD (one per undecodable code unit) and is counted; decoding never fails half-way.
enum Iconv {
    /// The UTF-8 bytes of `bytes` read as `encoding`, and how many sequences were replaced;
    /// nil when iconv does not know the encoding.
    static func decode(_ bytes: UnsafeRawBufferPointer, as encoding: CharacterEncoding) -> (utf8: [UInt8], replaced: Int)? {
        guard let converter = open(encoding.iconvName) else { return nil }
        defer { iconv_close(converter) }
        var output = [UInt8]()
        output.reserveCapacity(bytes.count * 3 / 2 + 16)
        var replaced = 0
        var offset = 0
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let (consumed, written, stop) = step(converter, bytes, from: offset, into: &chunk)
            output.append(contentsOf: chunk[..<written])
            offset += consumed
            switch stop {
            case .done:
                return (output + flush(converter), replaced)
            case .fullOutput:
                continue
            case .invalid:
                output.append(contentsOf: replacement)
                replaced += 1
                offset = min(bytes.count, offset + encoding.unitSize)
            }
        }
    }

    /// Whether `encoding` reads printable ASCII bytes as ASCII (all but EBCDIC, UTF-7 and the like),
    /// so that ASCII text declared in it can be taken as it is.
    static func isASCIICompatible(_ encoding: CharacterEncoding) -> Bool {
        let ascii = (0x20...0x7E).map { UInt8($0) } + [0x09, 0x0A, 0x0D]
        let decoded = ascii.withUnsafeBytes { decode($0, as: encoding) }
        return decoded?.utf8 == ascii && decoded?.replaced == 0
    }

    /// Whether iconv can decode `name` to UTF-8.
    static func canDecode(_ name: String) -> Bool {
        guard let converter = open(name) else { return false }
        iconv_close(converter)
        return true
    }

    /// U+FFFD in UTF-8.
    private static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

    /// Why one call to iconv stopped.
    private enum Stop { case done, fullOutput, invalid }

    private static func open(_ name: String) -> iconv_t? {
        let converter = iconv_open("UTF-8", name)
        return Int(bitPattern: converter) == -1 ? nil : converter
    }

    /// Converts from `offset` into `chunk`: bytes consumed, bytes written, and why it stopped.
    private static func step(_ converter: iconv_t, _ bytes: UnsafeRawBufferPointer, from offset: Int,
                             into chunk: inout [UInt8]) -> (Int, Int, Stop) {
        guard offset < bytes.count, let base = bytes.baseAddress else { return (0, 0, .done) }
        var input: UnsafeMutablePointer<CChar>? = UnsafeMutablePointer(mutating: (base + offset).assumingMemoryBound(to: CChar.self))
        var inputLeft = bytes.count - offset
        let capacity = chunk.count
        return chunk.withUnsafeMutableBytes { out in
            var output: UnsafeMutablePointer<CChar>? = out.baseAddress!.assumingMemoryBound(to: CChar.self)
            var outputLeft = capacity
            let result = iconv(converter, &input, &inputLeft, &output, &outputLeft)
            let consumed = bytes.count - offset - inputLeft
            let written = capacity - outputLeft
            guard result == -1 else { return (consumed, written, .done) }
            switch errno {
            case E2BIG: return (consumed, written, .fullOutput)
            default: return (consumed, written, .invalid)  // EILSEQ, or EINVAL: cut at the end
            }
        }
    }

    /// What a stateful encoding (ISO-2022-JP) still holds at the end.
    private static func flush(_ converter: iconv_t) -> [UInt8] {
        var chunk = [UInt8](repeating: 0, count: 64)
        let written = chunk.withUnsafeMutableBytes { out -> Int in
            var output: UnsafeMutablePointer<CChar>? = out.baseAddress!.assumingMemoryBound(to: CChar.self)
            var outputLeft = 64
            _ = iconv(converter, nil, nil, &output, &outputLeft)
            return 64 - outputLeft
        }
        return Array(chunk[..<written])
    }
}
