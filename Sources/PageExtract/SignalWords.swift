import MarkupTree

/// The vocabulary of `class`, `id` and `role` values that mark page furniture or content.
/// Words are matched whole ("shareholder" is not "share"), after splitting at every
/// non-letter and camel-case hump.
enum SignalWords {
    /// Words that mark a block as furniture, each with the name of what it is (for diagnostics).
    static let furniture: [String: String] = [
        "menu": "menu", "menus": "menu", "nav": "navigation", "navbar": "navigation", "navigation": "navigation",
        "share": "share bar", "sharing": "share bar", "sharebar": "share bar", "social": "social links",
        "related": "related links", "recommended": "related links", "newsletter": "newsletter box",
        "subscribe": "subscription box", "subscription": "subscription box", "signup": "subscription box",
        "cookie": "cookie notice", "cookies": "cookie notice", "consent": "consent notice", "gdpr": "consent notice",
        "banner": "banner", "comment": "comments section", "comments": "comments section", "disqus": "comments section",
        "responses": "comments section", "replies": "comments section",
        "advert": "advertisement", "adverts": "advertisement", "advertisement": "advertisement",
        "advertising": "advertisement", "advertiser": "advertisement", "ad": "advertisement", "ads": "advertisement", "adslot": "advertisement",
        "sponsor": "advertisement", "sponsored": "advertisement", "promo": "promotion", "promotion": "promotion",
        "sidebar": "sidebar", "breadcrumb": "breadcrumbs", "breadcrumbs": "breadcrumbs", "footer": "footer",
        "masthead": "masthead", "popup": "pop-up", "modal": "pop-up", "skip": "skip link", "toolbar": "toolbar",
        "widget": "widget", "outbrain": "advertisement", "taboola": "advertisement", "paywall": "paywall",
        "trending": "related links", "popular": "related links", "recirculation": "related links", "recirc": "related links",
        "partage": "share bar", "partager": "share bar", "teilen": "share bar", "compartir": "share bar",
        "bandeau": "banner", "werbung": "advertisement", "publicite": "advertisement", "anzeige": "advertisement",
        "disclosure": "disclosure", "feedback": "feedback box", "survey": "feedback box", "follow": "social links",
        "tools": "toolbar", "login": "account links", "signin": "account links", "account": "account links",
        "pagination": "navigation", "pager": "navigation", "overlay": "pop-up", "donate": "appeal", "donation": "appeal",
        "membership": "appeal", "adsbygoogle": "advertisement", "tag": "tag list", "skiplink": "skip link",
        "rail": "sidebar", "teaser": "related links", "teasers": "related links", "more": "related links",
        "recommendations": "related links", "readnext": "related links", "upnext": "related links", "tags": "tag list", "taglist": "tag list", "bio": "author box",
    ]

    /// Pairs of words that together mark text only screen readers see (`sr-only`, `visually-hidden`).
    static let screenReaderPairs: [(String, String)] = [("sr", "only"), ("visually", "hidden"), ("screen", "reader")]

    /// Words that mark a block as the article itself.
    static let content: Set<String> = [
        "article", "body", "content", "entry", "main", "post", "story", "text", "prose", "blog", "hentry", "page",
    ]

    /// Landmark roles that mark furniture, each with the name of what it is.
    static let furnitureRoles: [String: String] = [
        "navigation": "navigation", "banner": "banner", "contentinfo": "footer", "complementary": "sidebar",
        "dialog": "pop-up", "alertdialog": "pop-up", "menu": "menu", "menubar": "menu", "search": "search box",
    ]

    /// `source` split into lowercase words at every non-letter and at camel-case humps.
    static func split(_ source: String) -> [String] { NameWords.split(source) }

    /// Words written together with a furniture word in one name: `relatedposts`, `sharebar`,
    /// `mainnav`, `adslot`. Only these make a compound; `shareholder` stays no share.
    static let compoundSuffixes = [
        "posts", "post", "links", "link", "stories", "story", "articles", "article", "content", "box", "bar",
        "buttons", "button", "tools", "icons", "widget", "area", "list", "wrapper", "container", "block",
        "section", "media", "left", "right", "top", "bottom", "unit", "slot", "wrap", "items", "item",
    ]
    static let compoundPrefixes = [
        "post", "site", "main", "top", "sub", "page", "article", "entry", "global", "primary", "secondary",
        "mobile", "header", "inline", "sticky", "story", "bottom", "left", "right",
    ]

    /// What one word names, itself or as a compound of a furniture word with a listed prefix or suffix.
    static func furnitureKind(of word: String) -> String? {
        if let kind = furniture[word] { return kind }
        for suffix in compoundSuffixes where word.count > suffix.count && word.hasSuffix(suffix) {
            if let kind = furniture[String(word.dropLast(suffix.count))] { return kind }
        }
        for prefix in compoundPrefixes where word.count > prefix.count && word.hasPrefix(prefix) {
            if let kind = furniture[String(word.dropFirst(prefix.count))] { return kind }
        }
        return nil
    }

    /// What the words say the block is, when one of them marks furniture (`related-posts` is
    /// related links even though "post" is a content word: the caller guards the article).
    static func furnitureKind(_ words: [String]) -> (word: String, kind: String)? {
        for word in words { if let kind = furnitureKind(of: word) { return (word, kind) } }
        for (first, second) in screenReaderPairs where words.contains(first) && words.contains(second) {
            return (first + "-" + second, "screen-reader text")
        }
        return nil
    }
}
