/// Protects the text elements of an RSS item that hold HTML written without escaping
/// (`<title>Unclosed <b>bold</title>`, `<description><p>one<br> two</description>`): their
/// content is put in a CDATA section, so the XML parser reads it as the text it was meant to
/// be and the HTML parser, which forgives unclosed tags, reads it later. Only used for an item
/// the XML parser could not read cleanly as it was.
enum TextElementShield {
    /// The elements whose content is HTML or text, never XML structure.
    static let names: Set<String> = ["title", "description", "encoded", "summary", "author", "creator", "category"]

    /// `item` with the content of every such element that holds raw markup (and no CDATA
    /// section of its own) wrapped in CDATA.
    static func shield(_ item: ArraySlice<UInt8>) -> [UInt8] {
        let bytes = Array(item)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 64)
        var copied = 0
        var i = 0
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "<"), let (name, contentStart) = textElementStart(bytes, at: i),
                  let contentEnd = endTag(bytes, name: name, from: contentStart) else {
                i += 1
                continue
            }
            let content = bytes[contentStart..<contentEnd]
            if content.contains(UInt8(ascii: "<")) && !contains(content, "<![CDATA[") {
                out += bytes[copied..<contentStart]
                out += Array("<![CDATA[".utf8) + escapedCDATA(content) + Array("]]>".utf8)
                copied = contentEnd
            }
            i = contentEnd
        }
        out += bytes[copied...]
        return out
    }

    /// The qualified name of a shielded element whose start tag begins at `i`, and where its content starts.
    private static func textElementStart(_ bytes: [UInt8], at i: Int) -> ([UInt8], Int)? {
        var j = i + 1
        while j < bytes.count, isNameByte(bytes[j]) { j += 1 }
        guard j > i + 1, j < bytes.count else { return nil }
        let name = Array(bytes[(i + 1)..<j])
        let local = name.split(separator: UInt8(ascii: ":")).last.map { String(decoding: $0, as: UTF8.self).lowercased() } ?? ""
        guard names.contains(local) else { return nil }
        while j < bytes.count, bytes[j] != UInt8(ascii: ">") { j += 1 }
        guard j < bytes.count, bytes[j - 1] != UInt8(ascii: "/") else { return nil }
        return (name, j + 1)
    }

    /// Where `</name>` starts, at or after `from`.
    private static func endTag(_ bytes: [UInt8], name: [UInt8], from: Int) -> Int? {
        let tag = Array("</".utf8) + name
        var j = from
        while j + tag.count <= bytes.count {
            if bytes[j] == UInt8(ascii: "<"), bytes[j..<(j + tag.count)].elementsEqual(tag) { return j }
            j += 1
        }
        return nil
    }

    /// `content` with every `]]>` split so that it cannot end the section early.
    private static func escapedCDATA(_ content: ArraySlice<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        var k = content.startIndex
        while k < content.endIndex {
            if content[k] == UInt8(ascii: "]"), k + 2 < content.endIndex,
               content[k + 1] == UInt8(ascii: "]"), content[k + 2] == UInt8(ascii: ">") {
                out += Array("]]]]><![CDATA[>".utf8)
                k += 3
            } else {
                out.append(content[k])
                k += 1
            }
        }
        return out
    }

    private static func contains(_ content: ArraySlice<UInt8>, _ text: String) -> Bool {
        let needle = Array(text.utf8)
        guard content.count >= needle.count else { return false }
        var k = content.startIndex
        while k + needle.count <= content.endIndex {
            if content[k..<(k + needle.count)].elementsEqual(needle) { return true }
            k += 1
        }
        return false
    }

    private static func isNameByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39)
            || b == UInt8(ascii: ":") || b == UInt8(ascii: "_") || b == UInt8(ascii: "-")
    }
}
