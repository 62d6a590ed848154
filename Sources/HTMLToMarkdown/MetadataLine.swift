import ArticleModel
import Foundation

/// Recognises a short paragraph that only repeats the article's metadata: "By Jane Doe",
/// "Jane Doe | June 28, 2024", "Posted on 28 June 2024 at 12:22", "28. Juni 2024". What is
/// left once the author's name, the article's date (in English, French, German or Spanish
/// words, or in figures), times, weekdays and words such as "by", "posted", "updated" are
/// taken out must be nothing but punctuation.
struct MetadataLine {
    /// The author's name, lowercased, when known.
    let author: String?
    /// The article's date as written in text, when known: one expression for every form.
    let date: NSRegularExpression?

    /// Texts longer than this are never a byline.
    static let longest = 160

    /// Month names in English, French, German and Spanish, January first, with abbreviations.
    static let months: [[String]] = [
        ["january", "jan", "janvier", "janv", "januar", "jän", "enero", "ene"],
        ["february", "feb", "février", "févr", "fevrier", "februar", "febrero"],
        ["march", "mar", "mars", "märz", "marzo"],
        ["april", "apr", "avril", "avr", "abril", "abr"],
        ["may", "mai", "mayo"],
        ["june", "jun", "juin", "juni", "junio"],
        ["july", "jul", "juillet", "juil", "juli", "julio"],
        ["august", "aug", "août", "aout", "agosto", "ago"],
        ["september", "sep", "sept", "septembre", "septiembre"],
        ["october", "oct", "octobre", "oktober", "okt", "octubre"],
        ["november", "nov", "novembre", "noviembre"],
        ["december", "dec", "décembre", "decembre", "dezember", "dez", "diciembre", "dic"],
    ]

    /// Words a byline or dateline is made of besides the name and the date.
    static let fillers: Set<String> = [
        "by", "posted", "published", "updated", "last", "on", "at", "written", "and", "the", "of", "date", "time",
        "par", "le", "publié", "mis", "à", "jour", "von", "am", "um", "veröffentlicht", "aktualisiert", "uhr",
        "por", "el", "de", "publicado", "actualizado", "a", "las",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
        "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
        "pm", "a.m", "p.m", "utc", "gmt", "ist", "est", "edt", "pst", "pdt", "cet", "cest", "bst", "kst", "jst",
    ]

    /// A matcher for `context`'s author and date.
    init(_ context: ArticleContext) {
        let name = context.author?.collapsedForRules.lowercased() ?? ""
        author = name.count >= 2 ? name : nil
        date = context.date.flatMap(Self.dateExpression)
    }

    /// Whether there is anything to look for.
    var isEmpty: Bool { author == nil && date == nil }

    /// `.byline` or `.dateline` when the whole of `text` only repeats the metadata.
    func rule(for text: String) -> StructuralRule? {
        var rest = text.collapsedForRules.lowercased()
        guard !rest.isEmpty, rest.count <= Self.longest else { return nil }
        var named = false
        if let author, rest.contains(author) {
            rest = rest.replacingOccurrences(of: author, with: " ")
            named = true
        }
        var dated = false
        if let date {
            let replaced = date.stringByReplacingMatches(in: rest, range: NSRange(rest.startIndex..., in: rest), withTemplate: " ")
            dated = replaced != rest
            rest = replaced
        }
        guard named || dated else { return nil }
        if dated { rest = Self.withoutTimes(rest) }
        let words = rest.split { !($0.isLetter || $0.isNumber || $0 == ".") }.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ".")) }
        guard words.allSatisfy({ $0.isEmpty || Self.fillers.contains($0) }) else { return nil }
        return named ? .byline : .dateline
    }

    /// `text` without clock times such as `12:22`, `12.22 pm` or `12:22:37`.
    static func withoutTimes(_ text: String) -> String {
        text.replacingOccurrences(of: #"\b\d{1,2}[:.h]\d{2}(?::\d{2})?\b"#, with: " ", options: .regularExpression)
    }

    /// One expression for `date` written in words or figures, on its local day and its UTC day.
    static func dateExpression(_ date: ArticleDate) -> NSRegularExpression? {
        let days = [date.local, CivilDate(epochSeconds: date.epochSeconds)]
        var forms: [String] = []
        for day in days {
            forms += Self.forms(year: day.year, month: day.month, day: day.day)
        }
        let pattern = "(?<![\\p{L}\\d])(?:" + forms.joined(separator: "|") + ")(?![\\p{L}\\d])"
        return DateExpressions.shared.expression(pattern)
    }

    /// The ways one day is written: `june 28, 2024`, `28 june 2024`, `28. juni 2024`,
    /// `28 de junio de 2024`, `2024-06-28`, `28/06/2024`, `06/28/2024`, `28.06.2024`.
    static func forms(year: Int, month: Int, day: Int) -> [String] {
        guard (1...12).contains(month) else { return [] }
        let names = "(?:" + months[month - 1].joined(separator: "|") + ")\\.?"
        let d = "0?\(day)(?:st|nd|rd|th|er|\\.)?"
        let y = "\(year)"
        let mm = "0?\(month)"
        return [
            "\(names)\\s+\(d),?\\s+\(y)",
            "\(d)\\s+(?:of\\s+|de\\s+)?\(names),?\\s+(?:de\\s+)?\(y)",
            "\(y)-\(String(format: "%02d", month))-\(String(format: "%02d", day))",
            "\(y)/\(mm)/0?\(day)",
            "0?\(day)[/.]\(mm)[/.]\(y)",
            "\(mm)/0?\(day)/\(y)",
        ]
    }
}
