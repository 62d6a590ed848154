/// Cuts date text into ``DateToken``s in one pass. Spaces, line breaks and commas only
/// separate; a comment in parentheses, `(PST)`, is dropped (nested ones too, an unclosed one
/// to the end).
struct DateTokenizer {
    /// The most tokens a date is given; longer text is not a date (this keeps every reader linear).
    static let maximumTokens = 40

    private var tokens: [DateToken] = []
    private var digits = 0
    private var value = 0
    private var letters = String.UnicodeScalarView()
    private var depth = 0

    /// The tokens of `text`, or nil when it has more than ``maximumTokens``.
    static func tokens(of text: String) -> [DateToken]? {
        var tokenizer = DateTokenizer()
        for scalar in text.unicodeScalars {
            tokenizer.take(scalar)
            if tokenizer.tokens.count > maximumTokens { return nil }
        }
        tokenizer.endRun()
        return tokenizer.tokens.count > maximumTokens ? nil : tokenizer.tokens
    }

    private mutating func take(_ scalar: Unicode.Scalar) {
        if depth > 0 {
            if scalar == "(" { depth += 1 } else if scalar == ")" { depth -= 1 }
        } else if scalar.value >= 0x30 && scalar.value <= 0x39 {
            if !letters.isEmpty { endRun() }
            digits += 1
            if digits <= 9 { value = value * 10 + Int(scalar.value - 0x30) }
        } else if scalar.properties.isAlphabetic {
            if digits > 0 { endRun() }
            if letters.count < 24 { letters.append(scalar) }
        } else {
            endRun()
            separate(scalar)
        }
    }

    /// Ends the current run of digits or letters.
    private mutating func endRun() {
        if digits > 0 { tokens.append(.number(digits > 9 ? -1 : value, digits: digits)) }
        if !letters.isEmpty { tokens.append(.word(String(letters).lowercased())) }
        digits = 0
        value = 0
        letters = String.UnicodeScalarView()
    }

    private mutating func separate(_ scalar: Unicode.Scalar) {
        if scalar == "(" { depth = 1; return }
        if scalar == "," || scalar.properties.isWhitespace { return }
        tokens.append(.symbol(scalar.isASCII ? UInt8(scalar.value) : 0))
    }
}
