import CICU

/// Guesses the encoding of bytes that declare none, with ICU's charset detector (byte-pair
/// validity for the CJK encodings, letter-trigram frequencies for the single-byte ones).
/// Markup (`<…>`) is ignored, so a feed's tags do not drown its text. The only file that
/// calls ICU.
enum CharsetDetector {
    /// One encoding ICU finds plausible.
    struct Match: Equatable {
        /// ICU's name for it (`Shift_JIS`, `ISO-8859-1`, `IBM424_rtl`).
        let name: String
        /// ICU's confidence, 0 to 100.
        let confidence: Int
    }

    /// How many leading bytes are looked at: plenty for statistics, cheap on huge files.
    static let window = 65_536

    /// Every encoding ICU finds plausible for `bytes`, best first; empty when it finds none.
    static func matches(_ bytes: UnsafeRawBufferPointer) -> [Match] {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return [] }
        var list = [CChar](repeating: 0, count: 2048)
        let count = broadsheet_detect_charsets(base.assumingMemoryBound(to: CChar.self), Int32(min(bytes.count, window)),
                                               &list, Int32(list.count))
        guard count > 0 else { return [] }
        let text = String(decoding: list.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return text.split(separator: "\n").compactMap { line in
            let parts = line.split(separator: " ")
            guard parts.count == 2, let confidence = Int(parts[1]) else { return nil }
            return Match(name: String(parts[0]), confidence: confidence)
        }
    }
}
