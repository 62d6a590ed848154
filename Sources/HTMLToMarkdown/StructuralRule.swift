/// The cleaning rules that need no phrase list: they read an element's ARIA role, its landmark
/// name, the words of its class and id, how much of its text is links, where it stands in the
/// article, and the article's metadata. Each has the name diagnostics give and `site.yml`'s
/// `cleaning.disable` takes.
///
/// Blocks are judged by text and link density together: a block that holds real prose
/// (``TextMeasure/isProse``) is kept whatever its class says, and so is one holding nearly
/// all of the article's words.
public enum StructuralRule: String, CaseIterable, Sendable {
    /// `nav`, `aside` and `footer` inside a body; roles `navigation`, `banner`,
    /// `complementary`, `contentinfo` and `search`.
    case landmarks
    /// Share, social and follow bars (`share-bar`, `social_links`, `followUs`).
    case shareWidgets = "share-widgets"
    /// Related, recommended, trending and popular stories.
    case relatedLinks = "related-links"
    /// Newsletter and subscription boxes.
    case newsletter
    /// Cookie and consent banners.
    case cookieConsent = "cookie-consent"
    /// Comment sections.
    case comments
    /// Advertisements, promotions and sponsored blocks.
    case adverts
    /// A block at the start or end of the article whose text is mostly links, with few words.
    case linkList = "link-list"
    /// "Read more", "Continue reading", "Lire la suite"… links ending the article (shares its
    /// name with the text rule for the feed phrasing "Read More “Title” »").
    case readMore = "read-more"
    /// A first or last paragraph that only names the article's author (and its date).
    case byline
    /// A first or last paragraph that is only the article's date.
    case dateline
    /// A first heading or paragraph that only repeats the article's title.
    case repeatedTitle = "repeated-title"

    /// Every rule's name, as ``CleaningRules/standard`` lists them.
    public static let allNames: [String] = allCases.map(\.rawValue)
}
