/// The characters the C1 control codes U+0080–U+009F stand for in text: those of
/// Windows-1252, as the HTML standard reads a numeric reference to them (`&#150;` is `–`,
/// `&#x80;` is `€`, `&#146;` is `’`). The five codes Windows-1252 leaves unassigned (U+0081,
/// U+008D, U+008F, U+0090, U+009D) stay as they are, as the standard says.
///
/// Applied to every text and attribute value once it is parsed, where a reference can no
/// longer be told from the character written as is; a C1 control written as is in real
/// feeds is the same mistake (Windows-1252 text read as Latin-1), so it reads the same way.
///
/// ```swift
/// Windows1252Controls.mapped("10\u{96}12 \u{93}quoted\u{94}")  // "10–12 “quoted”"
/// ```
public enum Windows1252Controls {
    /// `text` with each C1 control Windows-1252 assigns replaced by its character.
    public static func mapped(_ text: String) -> String {
        guard containsControl(text) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            out.append(character(for: scalar.value) ?? scalar)
        }
        return String(out)
    }

    /// The character Windows-1252 gives the C1 code `value`, nil for any other value and for
    /// the five codes it leaves unassigned.
    public static func character(for value: UInt32) -> Unicode.Scalar? {
        guard value >= 0x80, value <= 0x9F else { return nil }
        let mapped = table[Int(value - 0x80)]
        return mapped == 0 ? nil : Unicode.Scalar(mapped)
    }

    /// Whether the UTF-8 of `text` holds a C1 control (`C2 80` to `C2 9F`): one pass over
    /// the bytes, since nearly all text has none.
    private static func containsControl(_ text: String) -> Bool {
        var afterC2 = false
        for byte in text.utf8 {
            if afterC2, byte >= 0x80, byte <= 0x9F { return true }
            afterC2 = byte == 0xC2
        }
        return false
    }

    /// U+0080 to U+009F in Windows-1252; 0 where it assigns nothing.
    private static let table: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]
}
