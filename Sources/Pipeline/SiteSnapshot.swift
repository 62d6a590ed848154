import ArticleModel
import Foundation

/// Everything a build reads from disk, read once up front so every later step works on
/// values in memory.
struct SiteSnapshot: Sendable {
    /// A named input file.
    struct Input: Sendable {
        /// The name used in diagnostics: a path relative to the site folder, or as given.
        var name: String
        /// The bytes.
        var data: Data
    }

    /// Settings from `site.yml` (defaults when there is none).
    var config: SiteConfig
    /// Whether `site.yml` existed.
    var hasConfigFile: Bool
    /// The settings `site.yml` wrote out; title, description and language it leaves out come
    /// from the first feed that has them.
    var configKeys: Set<String>
    /// The theme: default `Layouts/` merged with the site's `layouts/`, by relative path; its
    /// `i18n/` files are the theme's own (the site's are in ``siteTranslations``).
    var layouts: [String: Data]
    /// Feeds and exports to import.
    var feeds: [Input]
    /// Markdown files below `content/`, names like `content/2024/slug.md`.
    var content: [Input]
    /// Files below `static/`, to copy as they are.
    var staticFiles: [OutputFile]
    /// The pictures of the media store (`media/index.json`) whose files are there; empty for
    /// loose feeds and for a site never fetched.
    var library: MediaLibrary = .empty
    /// The bytes of each file ``library`` names, by its name in `media/` (`3f9a….jpg`).
    var mediaFiles: [String: Data] = [:]
    /// The site's own translation files, `layouts/i18n/LANG.yml`, by path below `layouts/`
    /// (`i18n/de.yml`): merged over the theme's key by key.
    var siteTranslations: [String: Data] = [:]
}
