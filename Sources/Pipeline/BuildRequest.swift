import Foundation
import SiteFiles

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
    /// The address the site is published at, for this build only, in place of `site.yml`'s
    /// `base_url` (an http(s) address; `broadsheet build --base-url`).
    public var baseURL: String?
    /// Whether articles marked `draft: true` are published too (`broadsheet build --drafts`).
    public var includeDrafts: Bool
    /// The program's version (`broadsheet --version`'s line): part of the build cache's key,
    /// so a cache written by another version is never used.
    public var version: String
    /// Called as long steps advance, one call at a time, from any thread (``StepProgress``).
    public var progress: ProgressHandler?

    /// Whether `text` can be a ``baseURL``: what `site.yml` accepts as `base_url`, an
    /// absolute http(s) address with a host and nothing that needs escaping in an attribute.
    public static func isPublishableAddress(_ text: String) -> Bool {
        SiteConfigFormat.isWebAddress(text)
    }

    /// Creates a request.
    public init(source: Source, output: URL? = nil, layouts: URL? = nil, sourceDateEpoch: Int? = nil,
                baseURL: String? = nil, includeDrafts: Bool = false, version: String = "", progress: ProgressHandler? = nil) {
        self.source = source
        self.output = output
        self.layouts = layouts
        self.sourceDateEpoch = sourceDateEpoch
        self.baseURL = baseURL
        self.includeDrafts = includeDrafts
        self.version = version
        self.progress = progress
    }
}
