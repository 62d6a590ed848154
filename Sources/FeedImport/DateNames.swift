/// Month and weekday names in the languages feeds are known to write dates in: English (any
/// prefix of three letters or more: `Sep`, `Sept`, `September`), and the Greek and Hungarian
/// forms feedparser reads (`Ιούλ`, `július`). Names are compared lowercased.
enum DateNames {
    /// The month, 1 to 12, of a lowercased name; nil when it names no month.
    static func month(_ word: String) -> Int? {
        if word.unicodeScalars.count >= 3,
           let index = englishMonths.firstIndex(where: { $0.hasPrefix(word) }) {
            return index + 1
        }
        return otherMonths[word]
    }

    /// Whether a lowercased word is a weekday: three letters or more starting like an English
    /// weekday (`Thu`, `Thurs`, `Thursday`, misspelt `Thurday`), or a Greek one.
    static func isWeekday(_ word: String) -> Bool {
        if word.unicodeScalars.count >= 3, englishWeekdays.contains(String(word.prefix(3))) { return true }
        return greekWeekdays.contains(word)
    }

    private static let englishMonths = ["january", "february", "march", "april", "may", "june", "july",
                                        "august", "september", "october", "november", "december"]
    private static let englishWeekdays: Set<String> = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

    /// Greek weekday abbreviations, Sunday to Saturday: Κυρ Δευ Τρι Τετ Πεμ Παρ Σαβ.
    private static let greekWeekdays: Set<String> = Set([
        "\u{039A}\u{03C5}\u{03C1}", "\u{0394}\u{03B5}\u{03C5}", "\u{03A4}\u{03C1}\u{03B9}",
        "\u{03A4}\u{03B5}\u{03C4}", "\u{03A0}\u{03B5}\u{03BC}", "\u{03A0}\u{03B1}\u{03C1}",
        "\u{03A3}\u{03B1}\u{03B2}",
    ].map { $0.lowercased() })

    /// Greek month abbreviations (with and without accents, as feeds write them) and Hungarian
    /// month names, lowercased.
    private static let otherMonths: [String: Int] = {
        let greek: [(String, Int)] = [
            ("\u{0399}\u{03B1}\u{03BD}", 1),  // Ιαν
            ("\u{03A6}\u{03B5}\u{03B2}", 2),  // Φεβ
            ("\u{039C}\u{03AC}\u{03CE}", 3), ("\u{039C}\u{03B1}\u{03CE}", 3), ("\u{039C}\u{03B1}\u{03C1}", 3),  // Μάώ Μαώ Μαρ
            ("\u{0391}\u{03C0}\u{03C1}", 4),  // Απρ
            ("\u{039C}\u{03AC}\u{03B9}", 5), ("\u{039C}\u{03B1}\u{03CA}", 5), ("\u{039C}\u{03B1}\u{03B9}", 5),  // Μάι Μαϊ Μαι
            ("\u{0399}\u{03BF}\u{03CD}\u{03BD}", 6), ("\u{0399}\u{03BF}\u{03BD}", 6),  // Ιούν Ιον
            ("\u{0399}\u{03BF}\u{03CD}\u{03BB}", 7), ("\u{0399}\u{03BF}\u{03BB}", 7),  // Ιούλ Ιολ
            ("\u{0391}\u{03CD}\u{03B3}", 8), ("\u{0391}\u{03C5}\u{03B3}", 8),  // Αύγ Αυγ
            ("\u{03A3}\u{03B5}\u{03C0}", 9),  // Σεπ
            ("\u{039F}\u{03BA}\u{03C4}", 10),  // Οκτ
            ("\u{039D}\u{03BF}\u{03AD}", 11), ("\u{039D}\u{03BF}\u{03B5}", 11),  // Νοέ Νοε
            ("\u{0394}\u{03B5}\u{03BA}", 12),  // Δεκ
        ]
        let hungarian: [(String, Int)] = [
            ("január", 1), ("február", 2), ("februári", 2), ("március", 3), ("április", 4),
            ("május", 5), ("máujus", 5), ("június", 6), ("július", 7), ("augusztus", 8),
            ("szeptember", 9), ("október", 10), ("november", 11), ("december", 12),
        ]
        var table: [String: Int] = [:]
        for (name, month) in greek + hungarian { table[name.lowercased()] = month }
        return table
    }()
}
