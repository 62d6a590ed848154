import ArticleModel
import Foundation

/// Reads bytes of any encoding as UTF-8, finding the encoding the way browsers do:
///
/// 1. a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE);
/// 2. else the NUL bytes UTF-16 and UTF-32 leave beside ASCII (`<\0?\0`, `\0\0\0<`, `{\0`);
/// 3. else the XML declaration's `encoding`, or a `<meta charset>` in the first 4 KB;
/// 4. else, or when the declaration is unknown or does not fit the bytes: UTF-8 when the
///    bytes are valid UTF-8, otherwise ICU's charset detector;
/// 5. decoding with glibc's iconv (invalid sequences become U+FFFD, never an error);
/// 6. removing what XML cannot hold (one warning with the count) and making the XML
///    declaration say UTF-8.
///
/// ```swift
/// let decoded = TextTranscoder.utf8(from: data, file: "feeds/tokyo.xml")
/// decoded.encoding.name     // "Shift_JIS"
/// decoded.diagnostics       // [feeds/tokyo.xml: note: no encoding declared; read as Shift_JIS (detected) …]
/// ```
///
/// Clean UTF-8 that declares nothing else (the common case) is checked in one pass and
/// returned as is, without a copy or a diagnostic.
public enum TextTranscoder {
    /// `data` as UTF-8; `file` names it in diagnostics.
    public static func utf8(from data: Data, file: String) -> DecodedText {
        data.withUnsafeBytes { bytes in
            let reading = choose(bytes, file: file)
            return decode(data, bytes, with: reading, file: file)
        }
    }

    /// Steps 5 and 6: decodes with the chosen encoding and cleans the result.
    private static func decode(_ data: Data, _ bytes: UnsafeRawBufferPointer, with reading: EncodingReading,
                               file: String) -> DecodedText {
        var diagnostics = reading.diagnostics
        let body = UnsafeRawBufferPointer(rebasing: bytes[reading.skip...])
        var utf8: Data
        var removed = 0
        if reading.encoding.isUTF8, reading.decoded == nil {
            let scan = reading.scan ?? UTF8Scan(body)
            if scan.isValid && scan.forbidden == 0 && reading.skip == 0 && !XMLDeclaration.declaresOtherThanUTF8(bytes) {
                return DecodedText(utf8: data, encoding: .utf8, diagnostics: diagnostics)
            }
            if !scan.isValid {
                diagnostics.append(EncodingNote.invalidUTF8(scan.invalid, declared: reading.saysUTF8, file: file))
                (utf8, removed) = filtered(Array(String(decoding: body, as: UTF8.self).utf8))
            } else if scan.forbidden > 0 {
                (utf8, removed) = XMLCharacterFilter.filtered(body)
            } else {
                utf8 = body.baseAddress.map { Data(bytes: $0, count: body.count) } ?? Data()
            }
        } else {
            let decoded = reading.decoded ?? Iconv.decode(body, as: reading.encoding) ?? ([], 0)
            if decoded.replaced > 0 {
                diagnostics.append(EncodingNote.undecodable(decoded.replaced, in: reading.encoding, file: file))
            }
            (utf8, removed) = filtered(decoded.utf8)
        }
        if removed > 0 { diagnostics.append(EncodingNote.removed(removed, file: file)) }
        XMLDeclaration.declareUTF8(in: &utf8)
        return DecodedText(utf8: utf8, encoding: reading.encoding, diagnostics: diagnostics)
    }

    private static func filtered(_ utf8: [UInt8]) -> (Data, Int) {
        utf8.withUnsafeBytes { XMLCharacterFilter.filtered($0) }
    }
}
