import ArticleModel
import Foundation
import TextEncoding

/// Brings input bytes to what every reader expects: UTF-8 without a byte-order mark and
/// without characters XML cannot hold, its XML declaration (if any) saying UTF-8. The
/// encoding is found as browsers find it (see ``TextTranscoder``); what was guessed or
/// repaired is reported.
enum InputNormalizer {
    /// The bytes to read, and what was guessed or changed.
    static func normalize(_ data: Data, file: String) -> (Data, [Diagnostic]) {
        let decoded = TextTranscoder.utf8(from: data, file: file)
        return (decoded.utf8, decoded.diagnostics)
    }
}
