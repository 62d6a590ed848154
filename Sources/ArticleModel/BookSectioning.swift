/// How the book and the digest divide their articles into sections (`book.sections` in
/// `site.yml`).
///
/// ```yaml
/// book:
///   sections: tag    # month (the default), tag or feed
/// ```
public enum BookSectioning: String, Hashable, Sendable, CaseIterable {
    /// A section per calendar month of the articles' own dates, then the undated articles.
    case month
    /// A section per tag, each article under its first tag only, most articles first; the
    /// articles without a tag in a last "Untagged" section.
    case tag
    /// A section per feed the articles came from, by the feed's title; the site's own
    /// (hand-written) articles in a last section named by the site's title.
    case feed
}
