import ArticleModel
import Foundation

/// Brings input bytes to what every reader expects: UTF-8 without NUL bytes. UTF-16 (with a
/// byte-order mark, or an XML declaration that shows the byte order) is transcoded and its
/// declaration made to say UTF-8; stray NUL bytes, which no text format allows, are dropped
/// and reported.
enum InputNormalizer {
    /// The bytes to read, and what was changed.
    static func normalize(_ data: Data, file: String) -> (Data, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var bytes = data
        if let encoding = utf16Encoding(of: bytes), let text = String(data: bytes, encoding: encoding) {
            bytes = Data(declaringUTF8(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text).utf8)
        }
        let nuls = bytes.reduce(0) { $0 + ($1 == 0 ? 1 : 0) }
        if nuls > 0 {
            bytes.removeAll { $0 == 0 }
            diagnostics.append(Diagnostic(.warning, file: file, "removed \(nuls) NUL byte\(nuls == 1 ? "" : "s")",
                                          hint: "the file is damaged or in an encoding it does not declare; check the items it holds"))
        }
        return (bytes, diagnostics)
    }

    /// UTF-16 with its byte order, when the first bytes show it.
    static func utf16Encoding(of data: Data) -> String.Encoding? {
        let head = [UInt8](data.prefix(4))
        guard head.count >= 2 else { return nil }
        if head[0] == 0xFF && head[1] == 0xFE { return .utf16LittleEndian }
        if head[0] == 0xFE && head[1] == 0xFF { return .utf16BigEndian }
        guard head.count == 4 else { return nil }
        if head == [0x3C, 0x00, 0x3F, 0x00] { return .utf16LittleEndian }
        if head == [0x00, 0x3C, 0x00, 0x3F] { return .utf16BigEndian }
        return nil
    }

    /// `text` with an XML declaration's `encoding="…"` (if any) replaced by UTF-8.
    static func declaringUTF8(_ text: String) -> String {
        guard text.hasPrefix("<?xml"), let end = text.range(of: "?>"),
              let key = text.range(of: "encoding", range: text.startIndex..<end.lowerBound) else { return text }
        let rest = text[key.upperBound..<end.lowerBound]
        guard let open = rest.firstIndex(where: { $0 == "\"" || $0 == "'" }),
              let close = rest[rest.index(after: open)...].firstIndex(of: rest[open]) else { return text }
        return String(text[..<rest.index(after: open)]) + "UTF-8" + String(text[close...])
    }
}
