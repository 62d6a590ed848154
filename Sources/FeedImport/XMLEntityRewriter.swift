import Foundation

/// Prepares feed XML for a parser that must never expand what the document declares, outside
/// CDATA sections and comments, in one pass over the bytes:
///
/// - the `<!DOCTYPE …>` declaration (with any internal subset) becomes spaces, newlines kept,
///   so no entity is declared and entity bombs have nothing to expand;
/// - HTML named entities (`&nbsp;`) become numeric references (`&#160;`), which XML knows;
/// - any other named entity (`&xxe;`, `&bogus;`) and any bare `&` (`Fish & Chips`) becomes
///   literal text (`&amp;xxe;`, `&amp;`), so the parser neither stops nor drops it.
enum XMLEntityRewriter {
    /// `data` rewritten as described; `data` itself when nothing needed a change.
    static func rewrite(_ data: Data) -> Data {
        let input = [UInt8](data)
        return input.withUnsafeBufferPointer { buffer in
            var scan = Scan(bytes: XMLBytes(bytes: buffer))
            scan.run()
            return scan.changed ? Data(scan.out) : data
        }
    }

    /// The state of one pass: input, output so far, and how far the output is written.
    private struct Scan {
        let bytes: XMLBytes
        var out: [UInt8] = []
        var copied = 0
        var changed = false

        init(bytes: XMLBytes) { self.bytes = bytes }

        mutating func run() {
            var i = 0
            while i < bytes.count {
                switch bytes[i] {
                case UInt8(ascii: "<"): i = markup(at: i)
                case UInt8(ascii: "&"): i = reference(at: i)
                default: i += 1
                }
            }
            if changed { out += bytes.bytes[copied...] }
        }

        /// Skips a CDATA section or comment, blanks a doctype; returns where to go on.
        private mutating func markup(at i: Int) -> Int {
            if let end = bytes.endOfSection(at: i), end < bytes.count { return end }  // a section never closed is read past
            guard bytes.starts(at: i, with: XMLEntityRewriter.doctypeOpen) else { return i + 1 }
            let end = bytes.endOfDeclaration(at: i)
            replace(i..<end, with: bytes.bytes[i..<end].map { $0 == 0x0A ? 0x0A : 0x20 })
            return end
        }

        /// Rewrites the reference at `i` (which holds `&`) unless XML reads it as it is.
        private mutating func reference(at i: Int) -> Int {
            if let end = numericReferenceEnd(at: i) { return end }
            var j = i + 1
            while j < bytes.count, j - i <= 32, isNameByte(bytes[j]) { j += 1 }
            guard j < bytes.count, j > i + 1, bytes[j] == UInt8(ascii: ";"), isLetter(bytes[i + 1]) else {
                escapeAmpersand(at: i)  // a bare `&`, as in `Fish & Chips` or `?a=1&b=2`
                return i + 1
            }
            let name = String(decoding: bytes.bytes[(i + 1)..<j], as: UTF8.self)
            if XMLEntityRewriter.predefined.contains(name) { return j + 1 }
            if let code = HTMLEntities.codePoints[name] {
                replace(i..<(j + 1), with: Array("&#\(code);".utf8))
            } else {
                escapeAmpersand(at: i)
            }
            return j + 1
        }

        /// The index after `&#123;` or `&#x1F;` at `i`, when one is there.
        private func numericReferenceEnd(at i: Int) -> Int? {
            guard i + 3 < bytes.count, bytes[i + 1] == UInt8(ascii: "#") else { return nil }
            let hex = bytes[i + 2] == UInt8(ascii: "x") || bytes[i + 2] == UInt8(ascii: "X")
            var j = hex ? i + 3 : i + 2
            let start = j
            while j < bytes.count, j - start < 8, isDigit(bytes[j], hex: hex) { j += 1 }
            return j > start && j < bytes.count && bytes[j] == UInt8(ascii: ";") ? j + 1 : nil
        }

        private mutating func escapeAmpersand(at i: Int) {
            replace(i..<(i + 1), with: Array("&amp;".utf8))
        }

        private func isDigit(_ b: UInt8, hex: Bool) -> Bool {
            (b >= 0x30 && b <= 0x39) || (hex && ((b >= 0x61 && b <= 0x66) || (b >= 0x41 && b <= 0x46)))
        }

        private mutating func replace(_ range: Range<Int>, with replacement: [UInt8]) {
            if !changed { out.reserveCapacity(bytes.count + 256) }
            changed = true
            out += bytes.bytes[copied..<range.lowerBound]
            out += replacement
            copied = range.upperBound
        }

        private func isLetter(_ b: UInt8) -> Bool { (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) }

        private func isNameByte(_ b: UInt8) -> Bool {
            isLetter(b) || (b >= 0x30 && b <= 0x39)
                || b == UInt8(ascii: "_") || b == UInt8(ascii: "-") || b == UInt8(ascii: ".")
        }
    }

    private static let predefined: Set<String> = ["amp", "lt", "gt", "quot", "apos"]
    private static let doctypeOpen = Array("<!DOCTYPE".utf8)
}
