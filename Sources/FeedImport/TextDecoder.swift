import ArticleModel
import Foundation

/// Turns bytes of unknown encoding into text: UTF-8 when they are valid UTF-8 (a BOM is
/// dropped), else Windows-1252, the usual encoding of old feeds that claim none.
enum TextDecoder {
    /// The text of `data`.
    /// Characters XML cannot hold (C0 controls but tab and line breaks, U+FFFE, U+FFFF) are
    /// dropped here, so no output built from the text can be malformed by them.
    static func text(_ data: Data) -> String {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        let text = String(validating: bytes, as: UTF8.self) ?? windows1252(bytes)
        return text.removingNonXMLCharacters
    }

    /// Whether `data` is valid UTF-8.
    static func isUTF8(_ data: Data) -> Bool {
        String(validating: data, as: UTF8.self) != nil
    }

    /// Decodes Windows-1252; its five undefined bytes become U+FFFD.
    static func windows1252(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        for b in bytes {
            if b >= 0x80 && b <= 0x9F {
                scalars.append(Unicode.Scalar(high[Int(b - 0x80)]) ?? "\u{FFFD}")
            } else {
                scalars.append(Unicode.Scalar(b))
            }
        }
        return String(scalars)
    }

    /// Code points of bytes 0x80–0x9F in Windows-1252 (0xFFFD where undefined).
    private static let high: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]
}
