import ArticleModel

/// The diagnostics ``TextTranscoder`` gives: each says what the file declared (or not) and
/// what the bytes were read as.
enum EncodingNote {
    private static let declareHint = "if the text looks wrong, declare the file's real encoding or save it as UTF-8"

    /// Nothing declared; the encoding was detected.
    static func detected(_ encoding: CharacterEncoding, file: String) -> Diagnostic {
        Diagnostic(.note, file: file, "no encoding declared; read as \(encoding) (detected)", hint: declareHint)
    }

    /// An ISO-2022 encoding recognised from its escape sequences.
    static func escapes(_ encoding: CharacterEncoding, file: String) -> Diagnostic {
        Diagnostic(.note, file: file, "no encoding declared; read as \(encoding) (detected from its escape sequences)",
                   hint: declareHint)
    }

    /// A label no encoding has.
    static func unknown(_ label: String, readAs encoding: CharacterEncoding, file: String) -> Diagnostic {
        Diagnostic(.warning, file: file, "declared encoding \"\(label.prefix(40))\" is unknown; read as \(encoding) (detected)",
                   hint: "declare an encoding such as UTF-8, windows-1252 or Shift_JIS, or save the file as UTF-8")
    }

    /// A declaration the bytes contradict.
    static func misfit(_ label: String, readAs encoding: CharacterEncoding, file: String) -> Diagnostic {
        Diagnostic(.warning, file: file, "declared encoding \"\(label)\" does not fit the bytes; read as \(encoding) (detected)",
                   hint: "correct the declaration, or save the file as UTF-8")
    }

    /// A legacy declaration on bytes that are UTF-8.
    static func actuallyUTF8(_ label: String, file: String) -> Diagnostic {
        Diagnostic(.note, file: file, "declared encoding \"\(label)\" but the bytes are UTF-8; read as UTF-8",
                   hint: "correct the declaration to UTF-8")
    }

    /// Bytes that declared (or looked like) UTF-8 but were not all UTF-8.
    static func invalidUTF8(_ count: Int, declared: Bool, file: String) -> Diagnostic {
        let bytes = count == 1 ? "1 byte that is not" : "\(count) bytes that are not"
        let what = declared ? "the file says it is UTF-8 but holds \(bytes)" : "read as UTF-8, but the file holds \(bytes)"
        return Diagnostic(.warning, file: file, "\(what); replaced \(count == 1 ? "it" : "them") with \u{FFFD}",
                          hint: "save the file as UTF-8, or declare its real encoding")
    }

    /// Sequences the chosen encoding could not decode.
    static func undecodable(_ count: Int, in encoding: CharacterEncoding, file: String) -> Diagnostic {
        let what = count == 1 ? "1 byte sequence is" : "\(count) byte sequences are"
        return Diagnostic(.warning, file: file, "\(what) not valid \(encoding); replaced \(count == 1 ? "it" : "them") with \u{FFFD}",
                          hint: "the file may be damaged, or in another encoding than it says")
    }

    /// Characters XML cannot hold, removed.
    static func removed(_ count: Int, file: String) -> Diagnostic {
        Diagnostic(.warning, file: file, "removed \(count) control character\(count == 1 ? "" : "s") that XML cannot hold",
                   hint: "the file is damaged, or in an encoding it does not declare; check the items near them")
    }
}
