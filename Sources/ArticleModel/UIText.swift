/// One string of the interface as a translation file gives it: a text, or a text for each
/// plural form the language uses (see ``PluralCategory``). Texts may hold placeholders in
/// braces, `{count}`, `{author}`, filled in when the string is used.
///
/// ```yaml
/// older: "Older"                       # .text("Older")
/// reading_time:                        # .plural([.one: …, .other: …])
///   one: "{count} min read"
///   other: "{count} min read"
/// ```
public enum UIText: Hashable, Sendable {
    /// The same text for every count.
    case text(String)
    /// A text per plural form; `other` should be among them.
    case plural([PluralCategory: String])

    /// The text to use for `count` in `language`: the form the language's rule picks, else
    /// `other`, else any form there is (in the order of ``PluralCategory``).
    public func form(for count: Int, language: String) -> String {
        switch self {
        case .text(let text): return text
        case .plural(let forms): return forms[PluralCategory.of(count, language: language)] ?? otherForm
        }
    }

    /// The text, or the `other` form (else any form there is, in the order of ``PluralCategory``).
    public var otherForm: String {
        switch self {
        case .text(let text): return text
        case .plural(let forms): return forms[.other] ?? PluralCategory.allCases.lazy.compactMap { forms[$0] }.first ?? ""
        }
    }
}
