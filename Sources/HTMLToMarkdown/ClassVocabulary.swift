import MarkupTree

/// The words that mark page furniture in class names, ids and ARIA labels, matched on word
/// boundaries: `share-bar`, `social_links` and `relatedPosts` are read as words split on `-`,
/// `_`, spaces, digits and lower-to-upper case changes, so `shareholder-report` never says
/// "share".
enum ClassVocabulary {
    /// Each marking word and the rule it belongs to.
    static let words: [String: StructuralRule] = {
        var table: [String: StructuralRule] = [:]
        let groups: [(StructuralRule, [String])] = [
            (.shareWidgets, ["share", "shares", "sharing", "social", "follow", "addthis", "sharethis", "addtoany", "sharebar"]),
            (.relatedLinks, ["related", "recommended", "recommendation", "recommendations", "trending", "popular",
                             "outbrain", "taboola"]),
            (.newsletter, ["newsletter", "newsletters", "subscribe", "subscription", "signup", "mailchimp"]),
            (.cookieConsent, ["cookie", "cookies", "consent", "gdpr"]),
            (.comments, ["comment", "comments", "commentlist", "disqus"]),
            (.adverts, ["ad", "ads", "advert", "adverts", "advertisement", "advertising", "adsbygoogle", "promo", "promoted",
                        "sponsor", "sponsored", "dfp"]),
        ]
        for (rule, list) in groups {
            for word in list { table[word] = rule }
        }
        return table
    }()

    /// The roles that mark a landmark of the page rather than of the article.
    static let landmarkRoles: Set<String> = ["navigation", "banner", "complementary", "contentinfo", "search"]

    /// The landmark elements removed inside a body.
    static let landmarkElements: Set<String> = ["nav", "aside", "footer"]

    /// The lowercased words of a class name or id: `relatedPosts2` → `related`, `posts`.
    static func split(_ name: String) -> [String] { NameWords.split(name) }

    /// Words that make a name the article's own whatever else it says: `social-embed` holds
    /// an embedded post, not a share bar.
    static let contentWords: Set<String> = ["embed", "embedded", "quote", "caption"]

    /// Word pairs that mean something else than their first word: `follow-up` is a story.
    static let pairs: Set<[String]> = [["follow", "up"], ["follow", "ups"]]

    /// The rule `element`'s class, id or ARIA label names, with the name that said it.
    static func rule(for element: MarkupElement) -> (rule: StructuralRule, name: String)? {
        let names = element.classNames + [element.attribute("id"), element.attribute("aria-label")].compactMap { $0 }
        for name in names {
            if let rule = rule(forName: name) { return (rule, name) }
        }
        return nil
    }

    /// The rule one class name, id or label names: `share-bar` → share-widgets.
    static func rule(forName name: String) -> StructuralRule? {
        let parts = split(name)
        guard !parts.contains(where: contentWords.contains) else { return nil }
        for (index, word) in parts.enumerated() {
            guard let rule = words[word] else { continue }
            if index + 1 < parts.count, pairs.contains([word, parts[index + 1]]) { continue }
            return rule
        }
        return nil
    }
}
