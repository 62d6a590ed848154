/// Plain text from sanitised HTML, for the search index, written as a single pass over UTF-8
/// (no regular expressions: article bodies can be large and many). Summaries are made once, in
/// the render step (``RenderedArticle/summary``).
enum PlainText {
    /// The words of the text of `html`, split at white space and block elements, entities
    /// decoded; at most `limit` of them.
    static func words(ofHTML html: String, limit: Int = .max) -> [String] {
        var words: [String] = []
        var word: [UInt8] = []
        var inTag = false
        var tagName: [UInt8] = []
        var readingName = false
        var entity: [UInt8]? = nil
        func endWord() {
            if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
            word.removeAll(keepingCapacity: true)
        }
        for byte in html.utf8 {
            if inTag {
                if byte == UInt8(ascii: ">") {
                    inTag = false
                    if blockElements.contains(tagName) { endWord() }
                } else if readingName {
                    if byte == UInt8(ascii: "/") && tagName.isEmpty { continue }
                    if isEntityByte(byte) { tagName.append(byte | 0x20) } else { readingName = false }
                }
                continue
            }
            if var pending = entity {
                entity = nil
                if byte == UInt8(ascii: ";") {
                    let decoded = decodeEntity(pending)
                    if decoded == " " { endWord() } else { word += decoded.utf8 }
                    continue
                }
                if pending.count < 10, isEntityByte(byte) {
                    pending.append(byte)
                    entity = pending
                    continue
                }
                word += [UInt8(ascii: "&")] + pending  // not an entity: keep it as written
            }
            switch byte {
            case UInt8(ascii: "<"):
                inTag = true  // words continue across inline tags (`<em>out</em>.`), end at blocks
                tagName.removeAll(keepingCapacity: true)
                readingName = true
            case UInt8(ascii: "&"):
                entity = []
            case 9, 10, 13, 32:
                endWord()
            default:
                word.append(byte)
            }
            if words.count >= limit { return words }
        }
        if let pending = entity { word += [UInt8(ascii: "&")] + pending }
        endWord()
        return Array(words.prefix(limit))
    }

    /// Elements whose start or end separates words, lowercase.
    private static let blockElements: Set<[UInt8]> = Set([
        "p", "div", "br", "hr", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
        "blockquote", "pre", "figure", "figcaption", "table", "tr", "td", "th", "section", "article",
        "header", "footer", "aside", "nav", "img", "caption", "thead", "tbody",
    ].map { Array($0.utf8) })

    private static func isEntityByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "#")
    }

    /// The text of an entity name without `&` and `;`: `amp`, `#39`, `#x2014`.
    private static func decodeEntity(_ name: [UInt8]) -> String {
        let text = String(decoding: name, as: UTF8.self)
        switch text {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        case "nbsp": return " "
        default: break
        }
        guard text.hasPrefix("#") else { return "&" + text + ";" }
        let hex = text.dropFirst().first == "x" || text.dropFirst().first == "X"
        let digits = hex ? text.dropFirst(2) : text.dropFirst()
        guard let code = UInt32(digits, radix: hex ? 16 : 10), let scalar = Unicode.Scalar(code) else { return "" }
        return scalar.properties.isWhitespace ? " " : String(scalar)
    }
}
