/// Splits plain text into ``Word``s in one pass over its scalars, noting sentence starts and
/// punctuation, so names can be told from capitalised sentence openings.
///
/// `"Seoul said. Kim Jong-un’s plan"` gives `Seoul`, `said`, `Kim` (ambiguous: it opens a
/// sentence), `Jong-un`, `plan` (after a break: the possessive ends the name).
struct WordScanner {
    private typealias Index = String.UnicodeScalarView.Index

    private let scalars: String.UnicodeScalarView
    private let allAmbiguous: Bool
    private var words: [Word] = []
    private var sentenceStart = true
    private var pendingBreak = true
    // The word being read: where it starts, and what it holds so far.
    private var start: Index?
    private var hasDigit = false, hasHyphen = false, hasApostrophe = false
    private var acronym = true, lettersSinceDot = 0

    private init(_ text: String, allAmbiguous: Bool) {
        scalars = text.unicodeScalars
        self.allAmbiguous = allAmbiguous
    }

    /// The words of `text`; with `title` set every capital is ambiguous (headlines are often
    /// written in title case).
    static func words(in text: String, title: Bool = false) -> [Word] {
        var scanner = WordScanner(text, allAmbiguous: title)
        scanner.scan()
        return scanner.words
    }

    private mutating func scan() {
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if Self.isWordScalar(scalar) {
                takeWordScalar(scalar, at: index)
            } else {
                takeOther(scalar, at: index, next: next)
            }
            index = next
        }
        finishWord(end: scalars.endIndex)
    }

    private mutating func takeWordScalar(_ scalar: Unicode.Scalar, at index: Index) {
        if start == nil { start = index }
        if scalar.value < 0x80 ? (0x30...0x39).contains(scalar.value) : scalar.properties.numericType != nil { hasDigit = true }
        if lettersSinceDot == 0 && Self.isUppercase(scalar) { lettersSinceDot = 1 } else { acronym = false }
    }

    private mutating func takeOther(_ scalar: Unicode.Scalar, at index: Index, next: Index) {
        let joinsNext = next < scalars.endIndex && Self.isWordScalar(scalars[next])
        let isAcronymDot = scalar == "." && acronym && lettersSinceDot == 1
        if start != nil && joinsNext && (scalar == "-" || scalar == "'" || scalar == "’" || isAcronymDot) {
            if scalar == "-" { hasHyphen = true } else if scalar == "." { lettersSinceDot = 0 } else { hasApostrophe = true }
            return
        }
        if start != nil && isAcronymDot {
            finishWord(end: next)  // U.N. — the dot ends an abbreviation, not the sentence
            pendingBreak = true
            return
        }
        finishWord(end: index)
        if Self.sentenceEnds.contains(scalar) {
            sentenceStart = true
            pendingBreak = true
        } else if !(scalar == " " || scalar == "\t" || scalar.properties.isWhitespace) {
            pendingBreak = true
        }
    }

    private mutating func finishWord(end: Index) {
        guard let begin = start else { return }
        defer {
            start = nil
            hasDigit = false
            hasHyphen = false
            hasApostrophe = false
            acronym = true
            lettersSinceDot = 0
        }
        var text = String(scalars[begin..<end])
        var possessive = false
        if hasApostrophe {
            for suffix in ["'s", "’s"] where text.hasSuffix(suffix) && text.count > suffix.count {
                text.removeLast(suffix.count)
                possessive = true
            }
            text = Self.withoutElision(text)
        }
        if hasHyphen {
            for (index, part) in Self.parts(of: text).enumerated() { append(part, breakBefore: index > 0) }
        } else {
            append(text, breakBefore: false)
        }
        if possessive { pendingBreak = true }
    }

    private mutating func append(_ text: String, breakBefore: Bool) {
        guard let first = text.unicodeScalars.first else { return }
        words.append(Word(text: text, lower: text.lowercased(), isCapitalised: Self.isUppercase(first),
                          isAmbiguous: allAmbiguous || sentenceStart, breakBefore: pendingBreak || breakBefore,
                          hasDigit: hasDigit))
        sentenceStart = false
        pendingBreak = false
    }

    /// A hyphenated word whose parts all start with a capital (`Russia-North`) is several
    /// words with breaks between them; `Jong-un` and `K-pop` stay one.
    private static func parts(of text: String) -> [String] {
        let pieces = text.split(separator: "-").map(String.init)
        guard pieces.count > 1, pieces.allSatisfy({ ($0.unicodeScalars.first.map(isUppercase) ?? false) && $0.count > 1 }) else {
            return [text]
        }
        return pieces
    }

    /// `l’Ukraine` → `Ukraine`, `d'Emmanuel` → `Emmanuel` (French elisions).
    private static func withoutElision(_ text: String) -> String {
        guard let mark = text.firstIndex(where: { $0 == "'" || $0 == "’" }), text.index(after: mark) < text.endIndex,
              elided.contains(String(text[..<mark])) else { return text }
        return String(text[text.index(after: mark)...])
    }

    private static let elided: Set<String> = ["l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "L", "D", "Qu"]
    private static let sentenceEnds: Set<Unicode.Scalar> = [".", "!", "?", ":", "…", "•", "\n", "\r", "\u{2028}", "\u{2029}"]

    private static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? (0x41...0x5A).contains(scalar.value) : scalar.properties.isUppercase
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
    }
}
