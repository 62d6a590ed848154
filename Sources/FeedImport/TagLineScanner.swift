/// Finds the line of every start tag with a given name (`<item>`, `<item …>`) in XML bytes,
/// outside CDATA sections and comments, so diagnostics can name the line an item starts on.
enum TagLineScanner {
    /// The 1-based lines on which `<name` start tags begin, in file order.
    static func lines(of name: String, in data: [UInt8]) -> [Int] {
        let tag = Array("<\(name)".utf8)
        return data.withUnsafeBufferPointer { buffer in
            let bytes = XMLBytes(bytes: buffer)
            var lines: [Int] = []
            var line = 1
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b == 0x0A {
                    line += 1
                } else if b == UInt8(ascii: "<") {
                    if let end = bytes.endOfSection(at: i) {
                        line += newlines(bytes, from: i, to: end)
                        i = end
                        continue
                    }
                    if bytes.starts(at: i, with: tag), i + tag.count < bytes.count, isTagEnd(bytes[i + tag.count]) {
                        lines.append(line)
                    }
                }
                i += 1
            }
            return lines
        }
    }

    private static func newlines(_ bytes: XMLBytes, from: Int, to: Int) -> Int {
        var count = 0
        var k = from
        while k < to {
            if bytes[k] == 0x0A { count += 1 }
            k += 1
        }
        return count
    }

    private static func isTagEnd(_ b: UInt8) -> Bool {
        b == UInt8(ascii: ">") || b == UInt8(ascii: "/") || b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D
    }
}
