import Foundation

/// The words of a link that sends the reader elsewhere for the rest: "Read more",
/// "Continue reading", "Read the full story", "View original", and their French, German and
/// Spanish forms ("Lire la suite", "Weiterlesen", "Leer más"), optionally followed by a
/// quoted title, by `: title` or `» title`, or by "at Site"/"on Site", and by arrows.
enum ReadMorePhrase {
    private static let phrases = [
        #"read more"#, #"read the (?:full|whole|complete) (?:story|article|post|report|piece|text|interview|review)"#,
        #"read the rest(?: of (?:this|the) (?:story|article|post|entry))?"#, #"read the original(?: (?:story|article|post))?"#,
        #"(?:continue|keep) reading"#, #"view (?:the )?original(?: (?:story|article|post))?"#,
        #"(?:view|see) (?:the )?full (?:story|article|post)"#, 
        #"lire la suite"#, #"lire l['’]article(?: complet)?"#, #"continuer (?:la )?lecture"#,
        #"weiterlesen"#, #"mehr lesen"#, #"(?:den )?ganzen artikel lesen"#, #"zum (?:vollständigen )?artikel"#,
        #"leer más"#, #"seguir leyendo"#, #"sigue leyendo"#, #"continuar leyendo"#, #"leer el artículo(?: completo)?"#,
    ]

    /// What may follow the phrase.
    private static let tail = #"(?:\s*[“"‘'«].{1,200}[”"’'»]|\s*[:|»›→–—-]\s*.{1,200}|\s+(?:on|at|sur|auf|en)\s+.{1,80})?"#

    private static let expression: NSRegularExpression? = {
        let pattern = "^(?:" + phrases.joined(separator: "|") + ")" + tail + #"\s*(?:[.!»›→…>]|\.\.\.|&gt;)*\s*$"#
        return try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive, .dotMatchesLineSeparators])
    }()

    /// Whether the whole of `text` (whitespace collapsed) is such a phrase, brackets around
    /// it (`[Read more]`, `(continue reading)`) aside.
    static func matches(_ text: String) -> Bool {
        let text = text.trimmingCharacters(in: CharacterSet(charactersIn: "[](){}<> "))
        guard let expression, !text.isEmpty, text.count <= 300 else { return false }
        let range = NSRange(text.startIndex..., in: text)
        return expression.firstMatch(in: text, options: [.anchored], range: range) != nil
    }
}
