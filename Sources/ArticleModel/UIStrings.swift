/// The interface strings of one language — "Older", "min read", "Contents" — for the site,
/// the book and the digest, with the language's plural rule, dates and numbers. Built from the
/// theme's translation files (`Layouts/i18n/LANG.yml`) and the site's own; a key none of them
/// has falls back to English (``english``).
///
/// ```swift
/// strings.text("older")                                  // "Ältere"
/// strings.text("reading_time", count: 3)                 // "3 Min. Lesezeit"
/// strings.text("by_author", ["author": "Ann Writer"])    // "von Ann Writer"
/// ```
public struct UIStrings: Hashable, Sendable {
    /// The language tag the strings are for (`de`, `pt-BR`): it picks the plural rule, the
    /// date and number formats and the direction.
    public var language: String
    /// The strings by key.
    public var entries: [String: UIText]

    /// Strings for `language`.
    public init(language: String, entries: [String: UIText]) {
        self.language = language
        self.entries = entries
    }

    /// The string for `key` with its placeholders (`{author}`) taken from `values`; a plural
    /// string gives its `other` form. A key these strings lack gives the English text, and a
    /// key English lacks too gives the key itself, so a missing string shows rather than vanishes.
    public func text(_ key: String, _ values: [String: String] = [:]) -> String {
        UIStrings.filled(entry(key).otherForm, values)
    }

    /// The form of `key` for `count`, with `{count}` written as the language writes numbers
    /// (``LocalFormats/number(_:)``) and the other placeholders taken from `values`.
    public func text(_ key: String, count: Int, _ values: [String: String] = [:]) -> String {
        var all = values
        all["count"] = formats.number(count)
        return UIStrings.filled(entry(key).form(for: count, language: language), all)
    }

    /// The text of each plural form of `key` (a plain text as `other`), as these strings, else
    /// English, have it: for a page script that picks the form itself (`Intl.PluralRules`).
    public func forms(_ key: String) -> [PluralCategory: String] {
        switch entry(key) {
        case .text(let text): return [.other: text]
        case .plural(let forms): return forms
        }
    }

    /// Which way the language is written.
    public var direction: TextDirection { TextDirection(language: language) }

    /// The language's dates, numbers and sizes.
    public var formats: LocalFormats { LocalFormats.of(language) }

    /// Every string that has no plural forms, by key, for templates (`{{t.older}}`);
    /// placeholders are left as they are.
    public var templateTexts: [String: String] {
        var out: [String: String] = [:]
        for (key, entry) in UIStrings.english.entries.merging(entries, uniquingKeysWith: { _, own in own }) {
            if case .text(let text) = entry { out[key] = text }
        }
        return out
    }

    /// The entry for `key`: these strings', else English's, else the key as text.
    private func entry(_ key: String) -> UIText {
        entries[key] ?? UIStrings.english.entries[key] ?? .text(key)
    }

    /// `text` with each `{name}` that `values` has replaced, in one pass; other braces stay.
    static func filled(_ text: String, _ values: [String: String]) -> String {
        guard !values.isEmpty, text.contains("{") else { return text }
        var out = ""
        var rest = text[...]
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let after = rest.index(after: open)
            guard let close = rest[after...].firstIndex(of: "}"), let value = values[String(rest[after..<close])] else {
                out.append("{")
                rest = rest[after...]
                continue
            }
            out += value
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }
}
