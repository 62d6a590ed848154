import ArticleModel
import Foundation

/// What `broadsheet new` is to start: a site folder, its title, the feeds it reads, the
/// date of its first article.
public struct NewSiteRequest: Sendable {
    /// The folder to create; it may exist only if it is empty.
    public var folder: URL
    /// The site's title.
    public var title: String
    /// Feeds: local files (copied into `feeds/`) or web addresses (listed for `broadsheet fetch`).
    public var sources: [String]
    /// The first article's date: when the site is created (it is the user's content, not the build's).
    public var created: ArticleDate

    /// Creates a request.
    public init(folder: URL, title: String, sources: [String] = [], created: ArticleDate) {
        self.folder = folder
        self.title = title
        self.sources = sources
        self.created = created
    }

    /// A title made from a folder's name: `my-harbour_news` → `My harbour news`.
    public static func title(fromFolderName name: String) -> String {
        let words = name.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "." || $0.isWhitespace }).joined(separator: " ")
        guard let first = words.first else { return "My site" }
        return first.uppercased() + words.dropFirst()
    }
}
