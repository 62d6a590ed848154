import Foundation

/// A character encoding Broadsheet can read: its name as the WHATWG Encoding standard spells
/// it (`Shift_JIS`, `windows-1252`, `GBK`) and the name glibc's iconv decodes it by.
///
/// ```swift
/// CharacterEncoding(label: "x-sjis")?.name    // "Shift_JIS" (decoded as CP932)
/// CharacterEncoding(label: "latin1")?.name    // "windows-1252"
/// CharacterEncoding(label: "IBM437")?.name    // "IBM437" (not in the standard; iconv knows it)
/// CharacterEncoding(label: "x-foo")           // nil
/// ```
public struct CharacterEncoding: Hashable, Sendable, CustomStringConvertible {
    /// The name shown to people, as the Encoding standard spells it.
    public let name: String
    /// The name iconv decodes it by (a superset where browsers use one: CP932 for Shift_JIS).
    let iconvName: String
    /// Bytes per code unit: 1 for byte encodings, 2 for UTF-16, 4 for UTF-32. An undecodable
    /// unit is skipped whole.
    let unitSize: Int

    init(name: String, iconvName: String, unitSize: Int = 1) {
        self.name = name
        self.iconvName = iconvName
        self.unitSize = unitSize
    }

    /// The encoding a label names, the way browsers read labels (case and surrounding
    /// spaces ignored; `iso-8859-1`, `latin1` and `ascii` mean windows-1252; `gb2312` means
    /// GBK); a label the standard does not list is used when iconv knows it. Nil when unknown.
    public init?(label: String) {
        let key = label.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        if let known = CharacterEncoding.byLabel[key] {
            self = known
        } else if !key.isEmpty, key.allSatisfy(CharacterEncoding.isLabelCharacter), Iconv.canDecode(key) {
            self.init(name: key.uppercased(), iconvName: key.uppercased())
        } else {
            return nil
        }
    }

    /// The name.
    public var description: String { name }

    /// Whether this is UTF-8.
    public var isUTF8: Bool { self == .utf8 }

    /// Whether this is UTF-16 or UTF-32, which only a byte-order mark or NUL bytes can show.
    var isWide: Bool { unitSize > 1 }

    private static func isLabelCharacter(_ c: Character) -> Bool {
        c.isASCII && (c.isLetter || c.isNumber || c == "-" || c == "_" || c == "." || c == ":")
    }
}
