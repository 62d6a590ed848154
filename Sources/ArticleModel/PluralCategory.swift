/// The plural form a language uses for a count, as Unicode CLDR names them: English has
/// `one` (1 article) and `other` (0 or 2 articles); Russian adds `few` and `many`; Arabic has
/// all six; Japanese only `other`. Translation files give one text per form they need.
///
/// ```swift
/// PluralCategory.of(1, language: "en")     // .one
/// PluralCategory.of(22, language: "ru")    // .few   (22 статьи)
/// PluralCategory.of(11, language: "ar")    // .many
/// PluralCategory.of(1, language: "ja")     // .other
/// ```
public enum PluralCategory: String, CaseIterable, Hashable, Sendable {
    /// The form for zero, where the language has one (Arabic).
    case zero
    /// The form for one (and, in some languages, numbers like 21 or 0).
    case one
    /// The form for two (Arabic, Hebrew).
    case two
    /// A form for small numbers (Russian and Polish 2 to 4, Arabic 3 to 10).
    case few
    /// A form for larger numbers (Russian 5 to 20, Arabic 11 to 99, French millions).
    case many
    /// The general form, which every language has.
    case other
}
