import Foundation

/// What to build: a site folder, or loose input files with no site folder at all.
public struct BuildRequest: Sendable {
    /// Where the articles come from.
    public enum Source: Sendable {
        /// A site folder with `site.yml`, `feeds/`, `content/`, `static/`, `layouts/`.
        case site(URL)
        /// Feed files; title, language and dates come from the first feed.
        case feeds([URL])
    }

    /// The input.
    public var source: Source
    /// The output folder; nil means the site's `public/` (required for `.feeds`).
    public var output: URL?
    /// A theme folder whose files replace the built-in default theme's by relative path
    /// (`--layouts`); nil builds with the built-in theme (and the site's `layouts/`).
    public var layouts: URL?
    /// `SOURCE_DATE_EPOCH`, when set: the book's modification date.
    public var sourceDateEpoch: Int?

    /// Creates a request.
    public init(source: Source, output: URL? = nil, layouts: URL? = nil, sourceDateEpoch: Int? = nil) {
        self.source = source
        self.output = output
        self.layouts = layouts
        self.sourceDateEpoch = sourceDateEpoch
    }
}
