/// Finds the line of every start tag with a given name (`<item>`, `<item …>`) in XML bytes,
/// outside CDATA sections and comments, so diagnostics can name the line an item starts on.
enum TagLineScanner {
    /// The 1-based lines on which `<name` start tags begin, in file order.
    static func lines(of name: String, in bytes: [UInt8]) -> [Int] {
        let tag = Array("<\(name)".utf8)
        var lines: [Int] = []
        var line = 1
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x0A {
                line += 1
            } else if b == UInt8(ascii: "<") {
                if let end = endOfSection(bytes, at: i) {
                    line += newlines(bytes, i, end)
                    i = end
                    continue
                }
                if matches(bytes, at: i, tag), i + tag.count < bytes.count, isTagEnd(bytes[i + tag.count]) {
                    lines.append(line)
                }
            }
            i += 1
        }
        return lines
    }

    private static func endOfSection(_ bytes: [UInt8], at i: Int) -> Int? {
        if matches(bytes, at: i, cdataOpen) { return find(cdataClose, bytes, from: i) }
        if matches(bytes, at: i, commentOpen) { return find(commentClose, bytes, from: i) }
        return nil
    }

    private static func find(_ needle: [UInt8], _ bytes: [UInt8], from: Int) -> Int {
        var i = from
        while i + needle.count <= bytes.count {
            if matches(bytes, at: i, needle) { return i + needle.count }
            i += 1
        }
        return bytes.count
    }

    private static func newlines(_ bytes: [UInt8], _ from: Int, _ to: Int) -> Int {
        var count = 0
        for k in from..<to where bytes[k] == 0x0A { count += 1 }
        return count
    }

    private static func isTagEnd(_ b: UInt8) -> Bool {
        b == UInt8(ascii: ">") || b == UInt8(ascii: "/") || b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D
    }

    private static func matches(_ bytes: [UInt8], at i: Int, _ prefix: [UInt8]) -> Bool {
        guard i + prefix.count <= bytes.count else { return false }
        for k in 0..<prefix.count where bytes[i + k] != prefix[k] { return false }
        return true
    }

    private static let cdataOpen = Array("<![CDATA[".utf8)
    private static let cdataClose = Array("]]>".utf8)
    private static let commentOpen = Array("<!--".utf8)
    private static let commentClose = Array("-->".utf8)
}
