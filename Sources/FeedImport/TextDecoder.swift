import ArticleModel
import Foundation
import TextEncoding

/// Turns bytes of unknown encoding into text, with the same rules as every other input
/// (see ``TextTranscoder``): clean UTF-8 as it is, else the declared or detected encoding.
/// Characters XML cannot hold (C0 controls but tab and line breaks, U+FFFE, U+FFFF) are
/// dropped, so no output built from the text can be malformed by them.
enum TextDecoder {
    /// The text of `data`.
    static func text(_ data: Data) -> String {
        TextTranscoder.utf8(from: data, file: "").text
    }
}
