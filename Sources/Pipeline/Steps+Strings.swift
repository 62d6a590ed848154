import ArticleModel
import Foundation
import SiteFiles

/// The step that finds the words of the interface: the theme's translation files and the
/// site's, merged key by key over English for the site's language (SiteFiles), for the site,
/// the book and the digest alike.
enum StringSteps {
    /// The strings of `language` from `snapshot`'s theme (`Layouts/i18n/`) and site
    /// (`layouts/i18n/`); a missing key or file is a warning.
    static func strings(_ snapshot: SiteSnapshot, language: String, log: inout [Diagnostic]) -> UIStrings {
        let (strings, warnings) = TranslationMerge.strings(for: language, theme: texts(snapshot.layouts),
                                                          site: texts(snapshot.siteTranslations))
        log += warnings
        return strings
    }

    /// The text of each file in `i18n/` among `files` (paths below the theme or `layouts/`),
    /// by its name in that folder; a file that is not UTF-8 is read with replacement characters.
    static func texts(_ files: [String: Data]) -> [String: String] {
        let prefix = TranslationMerge.folder + "/"
        var out: [String: String] = [:]
        for (path, data) in files where path.hasPrefix(prefix) && !path.dropFirst(prefix.count).contains("/") {
            out[String(path.dropFirst(prefix.count))] = String(decoding: data, as: UTF8.self)
        }
        return out
    }
}
