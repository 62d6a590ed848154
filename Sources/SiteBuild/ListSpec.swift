/// A paginated list of articles to render: the index, a tag, a year or a month.
struct ListSpec: Sendable {
    /// The template's name: `index`, `tag`, `year` or `month`.
    let template: String
    /// The folder of the list's pages: `""`, `tags/economy/`, `archive/2024/`.
    let folder: String
    /// The heading of its first page; later pages add `, page N`.
    let title: String
    /// Positions of its articles in `SiteArchive.articles`, newest first.
    let positions: [Int]
    /// What its pages' `<head>` says: a description, breadcrumbs, its own feeds.
    var head = PageHead()
    /// Whether its first page is the news front page (``FrontPage``): the index's is.
    var hasFrontPage = false
    /// Keys of the list's own, given the way back to the output root from a page.
    let keys: @Sendable (String) -> [String: Any]
}
