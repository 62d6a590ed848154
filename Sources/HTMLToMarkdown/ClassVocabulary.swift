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
    static func split(_ name: String) -> [String] {
        var words: [String] = []
        var current = ""
        var previousLower = false
        for character in name {
            if !character.isLetter {
                if !current.isEmpty { words.append(current.lowercased()) }
                current = ""
                previousLower = false
                continue
            }
            if character.isUppercase, previousLower, !current.isEmpty {
                words.append(current.lowercased())
                current = ""
            }
            current.append(character)
            previousLower = character.isLowercase
        }
        if !current.isEmpty { words.append(current.lowercased()) }
        return words
    }

    /// The rule `element`'s class, id or ARIA label names, with the name that said it.
    static func rule(for element: MarkupElement) -> (rule: StructuralRule, name: String)? {
        let names = element.classNames + [element.attribute("id"), element.attribute("aria-label")].compactMap { $0 }
        for name in names {
            for word in split(name) {
                if let rule = words[word] { return (rule, name) }
            }
        }
        return nil
    }
}
