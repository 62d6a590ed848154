import ArticleModel

/// What a page's `<head>` says about it beside its title (`metadata.mustache`): its
/// description, the article it shows, where it sits in the site and its own feeds.
struct PageHead: Sendable {
    /// A page above this one, for the breadcrumbs of its structured data.
    typealias Parent = (name: String, path: String)

    /// The page's description, plain text; nil for the site's.
    var description: String? = nil
    /// The article or standalone page the page shows, if any.
    var subject: RenderedArticle? = nil
    /// The pages between the home page and this one, highest first (the home page and the page
    /// itself are added): `[("Tags", "tags/index.html")]` for a tag's page. Nil for a page
    /// outside the site's tree (the home page, the 404 page), which has no breadcrumbs.
    var parents: [Parent]? = []
    /// Feeds of its own, linked beside the site's: a tag's.
    var feeds: FeedSpec? = nil
}
