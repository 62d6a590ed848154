import ArticleModel
import Foundation

/// Recognises a feed's format from its first bytes: the root element of XML, the `version` of
/// JSON Feed, item header lines of flattened text. Reads at most ``window`` bytes of markup
/// and ``textWindow`` bytes of text.
enum FormatSniffer {
    /// How many leading bytes are looked at.
    static let window = 65_536
    /// How many leading bytes of text are searched for a flattened item header.
    static let textWindow = 1 << 20

    /// The format `data` is written in, whether Broadsheet reads it yet or not; nil when unknown.
    static func format(of data: Data) -> FeedFormat? {
        let head = [UInt8](data.prefix(window))
        var i = head.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while i < head.count, isSpace(head[i]) { i += 1 }
        guard i < head.count, !head[..<min(head.count, 1024)].contains(0) else { return nil }
        switch head[i] {
        case UInt8(ascii: "<"): return xmlFormat(head, from: i)
        case UInt8(ascii: "{"): return jsonFormat(data)
        default:
            let text = TextDecoder.text(data.prefix(textWindow))
            return FlattenedTextReader.looksFlattened(text) ? .flattenedText : nil
        }
    }

    private static func xmlFormat(_ head: [UInt8], from start: Int) -> FeedFormat? {
        guard let name = rootName(head, from: start)?.lowercased() else { return nil }
        let local = name.split(separator: ":").last.map(String.init) ?? name
        let text = String(decoding: head, as: UTF8.self)
        switch local {
        case "rss": return text.contains("wordpress.org/export/") ? .wordpress : .rss
        case "rdf": return .rdf
        case "feed": return .atom
        case "html": return .html
        default: return nil
        }
    }

    /// JSON Feed when the whole of `data`, read as JSON, has a JSON Feed's signature (see
    /// ``JSONFeedSignature``): the `version` key may come anywhere.
    private static func jsonFormat(_ data: Data) -> FeedFormat? {
        JSONFeedSignature.matches([UInt8](data)) ? .jsonFeed : nil
    }

    /// The name of the first element, after the declaration, comments and a doctype.
    private static func rootName(_ head: [UInt8], from start: Int) -> String? {
        var i = start
        while i < head.count {
            guard head[i] == UInt8(ascii: "<"), i + 1 < head.count else {
                i += 1
                continue
            }
            let next = head[i + 1]
            if next == UInt8(ascii: "?") || next == UInt8(ascii: "!") {
                i = skipMarkup(head, from: i)
                continue
            }
            var j = i + 1
            while j < head.count, !isSpace(head[j]), head[j] != UInt8(ascii: ">"), head[j] != UInt8(ascii: "/") {
                j += 1
            }
            return j > i + 1 ? String(decoding: head[(i + 1)..<j], as: UTF8.self) : nil
        }
        return nil
    }

    /// The index after `<?…?>`, `<!--…-->` or `<!DOCTYPE …[…]>` starting at `i`.
    private static func skipMarkup(_ head: [UInt8], from i: Int) -> Int {
        head.withUnsafeBufferPointer { buffer in
            let bytes = XMLBytes(bytes: buffer)
            return bytes.endOfSection(at: i) ?? bytes.endOfDeclaration(at: i)
        }
    }

    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
}
