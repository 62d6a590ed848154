import ArticleModel

/// The site's URL scheme: where each page lives below the output folder, and how a page
/// links to another one relatively.
///
/// ```
/// index.html, page/2/index.html              the index, paginated
/// 2024/budget-vote/index.html                an article (`Article.key` + `/index.html`)
/// undated/notes/index.html                   an article without a date
/// about/index.html                           a standalone page (`page: true`)
/// undated/index.html                         the undated articles (page/N/ after page 1)
/// tags/index.html, tags/economy/index.html   the tag index and a tag (page/N/ after page 1)
/// archive/index.html                         years and months with counts
/// archive/2024/index.html                    a year (page/N/ after page 1)
/// archive/2024/06/index.html                 a month (page/N/ after page 1)
/// feed.xml, rss.xml, feed.json                the site's feeds (also in each tag's folder)
/// sitemap.xml, robots.txt, 404.html, search-index.js, search/…, assets/…
/// media/3f9ac2….jpg                          a stored picture an article uses
/// ```
enum SitePaths {
    static let index = "index.html"
    static let tagIndex = "tags/index.html"
    static let archiveIndex = "archive/index.html"
    static let feed = "feed.xml"
    static let sitemap = "sitemap.xml"
    static let notFound = "404.html"
    static let stylesheet = "assets/style.css"
    static let robots = "robots.txt"
    /// The search index, a script (``SearchIndex/files``).
    static let searchIndex = "search-index.js"

    /// `search/terms-3.js`: shard `number` of the search index's `kind` (`terms`, `docs`).
    static func searchShard(_ kind: String, _ number: Int) -> String { "search/\(kind)-\(number).js" }
    /// The theme's script that shows search results under the search box.
    static let searchScript = "assets/search.js"

    /// The folder of the stored pictures, `media/` (the part of the site's store its articles use).
    static let mediaFolder = MediaLibrary.folder + "/"

    /// `media/3f9ac2….jpg`: where a stored picture is published.
    static func media(_ file: MediaFile) -> String { mediaFolder + file.file }

    /// The folder of the undated articles' list, `undated/` (their pages are inside it too).
    static let undatedFolder = Article.undatedFolder + "/"

    /// `2024/budget-vote/index.html`, `undated/notes/index.html`, or `about/index.html` for a
    /// standalone page (at the top: see ``SiteBuilder/isReservedPageSlug(_:)``).
    static func article(_ article: Article) -> String {
        article.isPage ? article.slug.value + "/index.html" : article.key + "/index.html"
    }

    /// The folder of the tag's pages, `tags/economy/`.
    static func tagFolder(_ slug: Slug) -> String { "tags/\(slug.value)/" }

    /// The folder of a year's pages, `archive/2024/`.
    static func yearFolder(_ year: Int) -> String { "archive/\(String(zeroPadding: year, width: 4))/" }

    /// The folder of a month's pages, `archive/2024/06/`.
    static func monthFolder(_ year: Int, _ month: Int) -> String { "archive/\(String(zeroPadding: year, width: 4))/\(String(zeroPadding: month, width: 2))/" }

    /// Page `number` of a paginated list in `folder` (`""` for the index): the folder's
    /// `index.html` for page 1, then `page/N/index.html`.
    static func listPage(in folder: String, number: Int) -> String {
        number == 1 ? folder + "index.html" : folder + "page/\(number)/index.html"
    }

    /// The way from the folder of `path` back to the output root: `""` or `../../`.
    static func root(from path: String) -> String {
        let depth = path.utf8.reduce(0) { $1 == UInt8(ascii: "/") ? $0 + 1 : $0 }
        return String(repeating: "../", count: depth)
    }

    /// `path` without a final `index.html`, for absolute addresses on a web server.
    static func pretty(_ path: String) -> String {
        path.hasSuffix("index.html") ? String(path.dropLast("index.html".count)) : path
    }

}
