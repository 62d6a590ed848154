import ArticleModel
import Foundation

extension TextTranscoder {
    /// Steps 1 to 4: the encoding to read `bytes` with, and the notes that explain it.
    static func choose(_ bytes: UnsafeRawBufferPointer, file: String) -> EncodingReading {
        if let signature = UnicodeSignature.of(bytes) {
            return EncodingReading(encoding: signature.encoding, skip: signature.markLength)
        }
        let scan = UTF8Scan(bytes)
        guard let declared = DeclaredCharset.of(bytes) else { return undeclared(bytes, scan, file: file) }
        return chooseDeclared(declared.label, bytes, scan, file: file)
    }

    /// Nothing declared: UTF-8 when valid (unless escape sequences show ISO-2022), else detected.
    private static func undeclared(_ bytes: UnsafeRawBufferPointer, _ scan: UTF8Scan, file: String) -> EncodingReading {
        if scan.isValid {
            if scan.escapes > 0, let guess = CharsetDetector.encoding(of: bytes), guess.name.hasPrefix("ISO-2022") {
                return EncodingReading(encoding: guess, diagnostics: [EncodingNote.escapes(guess, file: file)])
            }
            return EncodingReading(encoding: .utf8, scan: scan)
        }
        if scan.isMostlyUTF8 { return EncodingReading(encoding: .utf8, scan: scan) }
        let guess = detected(bytes, scan)
        return EncodingReading(encoding: guess, diagnostics: [EncodingNote.detected(guess, file: file)])
    }

    /// A declared label: honoured when it fits the bytes, else the bytes are detected.
    private static func chooseDeclared(_ label: String, _ bytes: UnsafeRawBufferPointer, _ scan: UTF8Scan,
                                       file: String) -> EncodingReading {
        guard let encoding = CharacterEncoding(label: label) else {
            let guess = detected(bytes, scan)
            return EncodingReading(encoding: guess, diagnostics: [EncodingNote.unknown(label, readAs: guess, file: file)], scan: scan)
        }
        if encoding.isUTF8 || encoding.isWide {
            return declaredUnicode(label, bytes, scan, file: file)
        }
        if scan.isValid && (scan.multibyte > 0 || Iconv.isASCIICompatible(encoding)) && scan.escapes == 0 {
            let notes = scan.multibyte > 0 ? [EncodingNote.actuallyUTF8(label, file: file)] : []
            return EncodingReading(encoding: .utf8, diagnostics: notes, scan: scan)
        }
        guard let decoded = Iconv.decode(bytes, as: encoding) else {
            let guess = detected(bytes, scan)
            return EncodingReading(encoding: guess, diagnostics: [EncodingNote.unknown(label, readAs: guess, file: file)], scan: scan)
        }
        if decoded.replaced == 0 { return EncodingReading(encoding: encoding, decoded: decoded) }
        return betterOf(encoding, decoded, label: label, bytes, scan, file: file)
    }

    /// Declared UTF-8 (or UTF-16/32, which without NUL bytes cannot be): UTF-8 when valid or
    /// mostly so, else detected.
    private static func declaredUnicode(_ label: String, _ bytes: UnsafeRawBufferPointer, _ scan: UTF8Scan,
                                        file: String) -> EncodingReading {
        let saysUTF8 = CharacterEncoding(label: label)?.isUTF8 == true
        if scan.isValid {
            return EncodingReading(encoding: .utf8, diagnostics: saysUTF8 ? [] : [EncodingNote.actuallyUTF8(label, file: file)], scan: scan)
        }
        if scan.isMostlyUTF8 {
            let notes = saysUTF8 ? [] : [EncodingNote.actuallyUTF8(label, file: file)]
            return EncodingReading(encoding: .utf8, diagnostics: notes, scan: scan, saysUTF8: saysUTF8)
        }
        let guess = detected(bytes, scan)
        return EncodingReading(encoding: guess, diagnostics: [EncodingNote.misfit(label, readAs: guess, file: file)], scan: scan)
    }

    /// The declared encoding left sequences undecoded: the detected one is used instead when
    /// it reads the bytes with fewer replacements.
    private static func betterOf(_ declared: CharacterEncoding, _ decoded: (utf8: [UInt8], replaced: Int), label: String,
                                 _ bytes: UnsafeRawBufferPointer, _ scan: UTF8Scan, file: String) -> EncodingReading {
        let guess = detected(bytes, scan)
        guard guess != declared, let other = Iconv.decode(bytes, as: guess), other.replaced < decoded.replaced else {
            return EncodingReading(encoding: declared, decoded: decoded)
        }
        return EncodingReading(encoding: guess, diagnostics: [EncodingNote.misfit(label, readAs: guess, file: file)], decoded: other)
    }

    /// Step 4: the encoding of bytes that are not valid UTF-8 (or declare nothing usable):
    /// UTF-8 when they are valid or mostly so, else ICU's guess, else windows-1252.
    static func detected(_ bytes: UnsafeRawBufferPointer, _ scan: UTF8Scan) -> CharacterEncoding {
        if scan.isValid && scan.escapes == 0 { return .utf8 }
        if scan.isMostlyUTF8 { return .utf8 }
        return CharsetDetector.encoding(of: bytes, allowingUTF8: false) ?? .windows1252
    }
}

extension TextTranscoder {
    /// The encoding label `data` declares (XML declaration, else HTML `meta`), as written;
    /// nil when it declares none.
    public static func declaredLabel(_ data: Data) -> String? {
        data.withUnsafeBytes { DeclaredCharset.of($0)?.label }
    }
}
