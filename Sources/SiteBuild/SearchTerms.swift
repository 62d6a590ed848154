import Foundation

/// Text → the terms of the search index: the one tokeniser, mirrored line for line by
/// `Layouts/assets/search.js` (`terms`), so a word typed in the browser is folded the way
/// the build folded it.
///
/// 1. The text is normalised to NFKC (ligatures, full-width letters, half-width kana).
/// 2. It is cut into runs: *CJK* (Han, Hiragana, Katakana, Hangul: ``isCJK(_:)``) and
///    *words* (a letter or digit, then letters, digits and combining marks); everything
///    else separates.
/// 3. A word is folded (``fold(_:)``): accents off, lower case, `ß` → `ss`, at most
///    ``maximumLength`` characters.
/// 4. A CJK run gives its character bigrams and its last character alone, so one typed
///    character finds every place it occurs (as the start of a bigram or at the end of a run).
///
/// ```swift
/// SearchTerms.terms(in: "Crème Brûlée")      // ["creme", "brulee"]
/// SearchTerms.terms(in: "東京都")             // ["東京", "京都", "都"]
/// ```
enum SearchTerms {
    /// The longest term kept, in Unicode scalars; longer words are cut (prefix search still finds them).
    static let maximumLength = 40

    /// The terms of `text`, in order, with repeats. Words are gathered as UTF-8 with ASCII
    /// letters lower-cased on the way (which ``fold(_:)`` would do too); a word that stays
    /// ASCII needs no other folding.
    static func terms(in text: String) -> [String] {
        var terms: [String] = []
        var word: [UInt8] = []
        var wordIsASCII = true
        var cjk: [Unicode.Scalar] = []
        var folded: [String: String] = [:]
        func endWord() {
            guard !word.isEmpty else { return }
            if wordIsASCII {
                terms.append(String(decoding: word.prefix(maximumLength), as: UTF8.self))
            } else {
                let original = String(decoding: word, as: UTF8.self)
                let term = folded[original] ?? fold(original)
                folded[original] = term
                if !term.isEmpty { terms.append(term) }
            }
            word.removeAll(keepingCapacity: true)
            wordIsASCII = true
        }
        func endCJK() {
            guard !cjk.isEmpty else { return }
            terms += bigrams(cjk)
            cjk.removeAll(keepingCapacity: true)
        }
        func add(_ scalar: Unicode.Scalar) {
            if scalar.isASCII {
                endCJK()
                let byte = UInt8(scalar.value)
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): word.append(byte)
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): word.append(byte + 32)
                default: endWord()
                }
            } else if isCJK(scalar) {
                endWord()
                cjk.append(scalar)
            } else if isWordStart(scalar) || (!word.isEmpty && isMark(scalar)) {
                endCJK()
                UTF8.encode(scalar) { word.append($0) }
                wordIsASCII = false
            } else {
                endWord()
                endCJK()
            }
        }
        for piece in pieces(text) {
            for scalar in piece.unicodeScalars { add(scalar) }
            endWord()
            endCJK()
        }
        return terms
    }

    /// `text` in NFKC, cut at ASCII white space (which separates terms): NFKC never joins
    /// across a space, so each piece is normalised alone, and an ASCII one is already NFKC.
    static func pieces(_ text: String) -> [Substring] {
        var pieces: [Substring] = []
        var start = text.utf8.startIndex
        var isASCII = true
        func cut(at end: String.Index) {
            guard start < end else { return }
            pieces.append(isASCII ? text[start..<end] : Substring(normalised(String(text[start..<end]))))
        }
        for index in text.utf8.indices {
            switch text.utf8[index] {
            case 9, 10, 13, 32:
                cut(at: index)
                start = text.utf8.index(after: index)
                isASCII = true
            case 0x80...:
                isASCII = false
            default:
                break
            }
        }
        cut(at: text.utf8.endIndex)
        return pieces
    }

    /// `text` in NFKC, as NFKD then NFC: Foundation's own NFKC leaves a half-width sound
    /// mark uncombined (`ｶﾞ` → `カ` U+3099, not `ガ`).
    static func normalised(_ text: String) -> String {
        text.decomposedStringWithCompatibilityMapping.precomposedStringWithCanonicalMapping
    }

    /// A word folded for search: decomposed, its diacritics (nonspacing marks with the
    /// Unicode `Diacritic` property) removed, lower-cased, `ß` as `ss` and final `ς` as `σ`
    /// (as case folding does), recomposed, and cut to ``maximumLength``.
    static func fold(_ word: String) -> String {
        let bare = word.decomposedStringWithCanonicalMapping.unicodeScalars.filter {
            !($0.properties.generalCategory == .nonspacingMark && $0.properties.isDiacritic)
        }
        var folded = String(String.UnicodeScalarView(bare)).lowercased()
        if folded.contains("ß") || folded.contains("ς") {
            folded = folded.replacingOccurrences(of: "ß", with: "ss").replacingOccurrences(of: "ς", with: "σ")
        }
        let scalars = folded.precomposedStringWithCanonicalMapping.unicodeScalars
        return String(String.UnicodeScalarView(scalars.prefix(maximumLength)))
    }

    /// The bigrams of a CJK run and its last character: `東京都` → `東京`, `京都`, `都`.
    static func bigrams(_ run: [Unicode.Scalar]) -> [String] {
        guard let last = run.last else { return [] }
        var out: [String] = []
        for index in run.indices.dropLast() {
            out.append(String(String.UnicodeScalarView([run[index], run[index + 1]])))
        }
        out.append(String(last))
        return out
    }

    /// Whether `scalar` is Han, Hiragana, Katakana or Hangul: the scripts written without
    /// spaces between words (Korean has them, but its words carry endings), searched by bigrams.
    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        cjkRanges.contains { $0.contains(scalar.value) }
    }

    /// The code points read as CJK; `search.js` holds the same list.
    static let cjkRanges: [ClosedRange<UInt32>] = [
        0x1100...0x11FF,  // Hangul Jamo
        0x2E80...0x2FDF,  // CJK and Kangxi radicals
        0x3005...0x3007,  // 々 〆 〇
        0x3021...0x3029,  // Hangzhou numerals
        0x3038...0x303B,
        0x3041...0x309F,  // Hiragana
        0x30A1...0x30FA,  // Katakana
        0x30FC...0x30FF,  // ー and iteration marks
        0x3131...0x318F,  // Hangul compatibility jamo
        0x31F0...0x31FF,  // Katakana phonetic extensions
        0x3400...0x4DBF,  // CJK extension A
        0x4E00...0x9FFF,  // CJK unified ideographs
        0xA960...0xA97F,  // Hangul Jamo extended A
        0xAC00...0xD7FF,  // Hangul syllables, Jamo extended B
        0xF900...0xFAFF,  // CJK compatibility ideographs
        0x20000...0x3FFFF,  // CJK extensions B and later
    ]

    /// A letter or a decimal digit: what starts a word.
    static func isWordStart(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.generalCategory == .decimalNumber
    }

    /// A combining mark, which continues a word.
    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        let category = scalar.properties.generalCategory
        return category == .nonspacingMark || category == .spacingMark
    }
}
