import ArticleModel
import Foundation
import TextEncoding

/// The text of an HTML file of unknown encoding, found the way browsers find it and the way
/// every feed is read (see ``TextTranscoder``): a byte-order mark, a declared `charset`
/// (`<meta charset>` or an http-equiv content type) that fits the bytes, valid UTF-8, else
/// ICU's guess.
enum HTMLText {
    /// Decodes `data`.
    static func decode(_ data: Data) -> String {
        decode(data, file: "").text
    }

    /// Decodes `data`, with what was guessed or repaired; `file` names it in diagnostics.
    static func decode(_ data: Data, file: String) -> (text: String, diagnostics: [Diagnostic]) {
        let decoded = TextTranscoder.utf8(from: data, file: file)
        return (decoded.text, decoded.diagnostics)
    }

    /// The lowercased `charset` the document declares in its first 4 KB, if any.
    static func declaredCharset(_ data: Data) -> String? {
        TextTranscoder.declaredLabel(data)?.lowercased()
    }
}
