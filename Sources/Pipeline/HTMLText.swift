import Foundation

/// The text of an HTML file of unknown encoding, the way browsers guess it: a byte-order
/// mark first, then valid UTF-8, then the `charset` the document declares, then Windows-1252.
enum HTMLText {
    /// Decodes `data`.
    static func decode(_ data: Data) -> String {
        let head = [UInt8](data.prefix(3))
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { return String(decoding: data.dropFirst(3), as: UTF8.self) }
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) {
            if let text = String(data: data, encoding: .utf16) { return text }
        }
        if let text = String(validating: data, as: UTF8.self) { return text }
        let encoding = declaredCharset(data).flatMap(encoding(named:)) ?? .windowsCP1252
        return String(data: data, encoding: encoding) ?? String(decoding: data, as: UTF8.self)
    }

    /// The `charset=` value in the first 2 KB (`<meta charset="…">` or an http-equiv content type).
    static func declaredCharset(_ data: Data) -> String? {
        let head = String(decoding: data.prefix(2048), as: UTF8.self).lowercased()
        guard let range = head.range(of: "charset=") else { return nil }
        let value = head[range.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == " " }
        let name = value.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        return name.isEmpty ? nil : String(name)
    }

    private static func encoding(named name: String) -> String.Encoding? {
        switch name {
        case "utf-8", "utf8": return .utf8
        case "iso-8859-1", "latin1", "latin-1", "windows-1252", "cp1252", "us-ascii", "ascii": return .windowsCP1252
        case "iso-8859-2", "windows-1250": return .windowsCP1250
        case "windows-1251": return .windowsCP1251
        case "shift_jis", "shift-jis", "sjis": return .shiftJIS
        case "euc-jp": return .japaneseEUC
        default: return nil
        }
    }
}
