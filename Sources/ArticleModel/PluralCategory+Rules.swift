extension PluralCategory {
    /// The form `count` takes in `language` (a language tag: `de`, `pt-PT`, `sr-Latn`), by the
    /// CLDR plural rules for whole numbers. Foundation on Linux has no plural API, so the rules
    /// of the languages the theme is translated into, and of some neighbours, are written out
    /// here; any other language gets the English rule (`one` for 1, else `other`). The sign of
    /// `count` is ignored.
    public static func of(_ count: Int, language: String) -> PluralCategory {
        let n = count.magnitude
        let tag = language.lowercased().replacingOccurrences(of: "_", with: "-")
        let primary = tag.split(separator: "-").first.map(String.init) ?? tag
        switch primary {
        case "ja", "zh", "ko", "th", "vi", "id", "ms", "lo", "my", "km", "yue":
            return .other
        case "fr":
            return n <= 1 ? .one : millions(n)
        case "pt":
            if tag == "pt-pt" { return n == 1 ? .one : millions(n) }
            return n <= 1 ? .one : millions(n)
        case "es", "it", "ca":
            return n == 1 ? .one : millions(n)
        case "fa", "hi", "bn", "gu", "kn", "mr", "zu", "am":
            return n <= 1 ? .one : .other
        case "ru", "uk", "be":
            return eastSlavic(n)
        case "pl":
            return n == 1 ? .one : westSlavicFew(n) ? .few : .many
        case "cs", "sk":
            return n == 1 ? .one : (2...4).contains(n) ? .few : .other
        case "ar":
            return arabic(n)
        case "he", "iw":
            return n == 1 ? .one : n == 2 ? .two : .other
        case "ro":
            return n == 1 ? .one : n == 0 || (1...19).contains(n % 100) ? .few : .other
        default:
            return n == 1 ? .one : .other
        }
    }

    /// French, Spanish, Italian, Portuguese and Catalan: `many` for whole millions
    /// (1 000 000 de lecteurs), else `other`.
    private static func millions(_ n: UInt) -> PluralCategory {
        n != 0 && n % 1_000_000 == 0 ? .many : .other
    }

    /// Russian, Ukrainian, Belarusian: 1, 21, 31 `one`; 2–4, 22–24 `few`; the rest `many`.
    private static func eastSlavic(_ n: UInt) -> PluralCategory {
        if n % 10 == 1 && n % 100 != 11 { return .one }
        return westSlavicFew(n) ? .few : .many
    }

    /// Ends in 2, 3 or 4, but not in 12, 13 or 14.
    private static func westSlavicFew(_ n: UInt) -> Bool {
        (2...4).contains(n % 10) && !(12...14).contains(n % 100)
    }

    /// Arabic: 0 `zero`, 1 `one`, 2 `two`, 3–10 (and 103–110…) `few`, 11–99 (and 111…) `many`.
    private static func arabic(_ n: UInt) -> PluralCategory {
        switch n {
        case 0: return .zero
        case 1: return .one
        case 2: return .two
        default:
            let tail = n % 100
            if (3...10).contains(tail) { return .few }
            if (11...99).contains(tail) { return .many }
            return .other
        }
    }
}
