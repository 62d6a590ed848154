import ArticleModel
import Yams

/// Reads a translation file, `Layouts/i18n/LANG.yml` or a site's `layouts/i18n/LANG.yml`:
/// one `key: "text"` line per interface string, and for a string shown with a count, its
/// text for each plural form the language uses (CLDR's `zero`, `one`, `two`, `few`, `many`,
/// `other`; `other` is required). Placeholders in braces are filled in where the string is used.
///
/// ```yaml
/// older: "Ältere"
/// by_author: "von {author}"
/// reading_time:
///   one: "{count} Min. Lesezeit"
///   other: "{count} Min. Lesezeit"
/// ```
///
/// A string that is neither is reported and left out (the English one is used instead); any
/// key is accepted, so a site's own templates may add strings of their own.
public enum TranslationFormat {
    /// The strings of the file's `text`, and warnings for entries that could not be used;
    /// `file` names it in both.
    /// - Throws: ``SiteFileError`` when the text is not YAML or not a mapping.
    public static func parse(_ text: String, file: String) throws(SiteFileError) -> (entries: [String: UIText], warnings: [Diagnostic]) {
        let fields = try YAMLFields(yaml: text, file: file)
        var entries: [String: UIText] = [:]
        var warnings: [Diagnostic] = []
        for (keyNode, value) in fields.mapping {
            guard let key = keyNode.string else { continue }
            let line = keyNode.mark?.line
            if let scalar = value.scalar, scalar.style == .plain, ["", "~", "null", "Null", "NULL"].contains(scalar.string) {
                warnings.append(Diagnostic(.warning, file: file, line: line, "`\(key)` has no text; English used",
                                           hint: "write the text in quotes: `\(key): \"…\"` (or `\"\"` for none)"))
            } else if let scalar = value.scalar {
                entries[key] = .text(scalar.string)
            } else if let forms = value.mapping {
                if let plural = pluralForms(forms, key: key, file: file, line: line, warnings: &warnings) { entries[key] = plural }
            } else {
                warnings.append(Diagnostic(.warning, file: file, line: line, "`\(key)` is a list, not a text; English used",
                                           hint: "write `\(key): \"…\"`, or a text per plural form (one:, other:)"))
            }
        }
        return (entries, warnings)
    }

    /// The forms of a plural string; nil, with a warning, when none is usable.
    private static func pluralForms(_ forms: Node.Mapping, key: String, file: String, line: Int?,
                                    warnings: inout [Diagnostic]) -> UIText? {
        var out: [PluralCategory: String] = [:]
        for (formNode, text) in forms {
            let name = formNode.string ?? ""
            guard let category = PluralCategory(rawValue: name), let scalar = text.scalar else {
                warnings.append(Diagnostic(.warning, file: file, line: formNode.mark?.line ?? line,
                                           "`\(key).\(name)` ignored: plural forms are zero, one, two, few, many and other, each a text",
                                           hint: "see Layouts/i18n/en.yml for the form of each string"))
                continue
            }
            out[category] = scalar.string
        }
        guard !out.isEmpty else { return nil }
        if out[.other] == nil {
            warnings.append(Diagnostic(.warning, file: file, line: line, "`\(key)` has no `other` form",
                                       hint: "add `other:`, the form used for any count the other forms do not cover"))
        }
        return .plural(out)
    }
}
