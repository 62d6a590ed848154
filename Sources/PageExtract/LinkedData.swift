import Foundation

/// The article a page describes in JSON-LD (`<script type="application/ld+json">`): the first
/// object, at the top, in an array, in an `@graph` or as a page's `mainEntity`, whose `@type`
/// is an article kind.
struct LinkedData: Hashable, Sendable {
    /// The schema.org types read as an article.
    static let articleTypes: Set<String> = [
        "Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle",
        "OpinionNewsArticle", "ReviewNewsArticle", "BackgroundNewsArticle", "LiveBlogPosting",
        "TechArticle", "ScholarlyArticle", "Report", "SocialMediaPosting", "SatiricalArticle",
    ]

    /// `headline`, else `name`.
    var headline: String?
    /// The names in `author` (strings or objects with `name`).
    var authors: [String] = []
    /// `datePublished`, else `dateCreated`, as written.
    var datePublished: String?
    /// `dateModified`, as written.
    var dateModified: String?
    /// `description`.
    var description: String?
    /// The first address in `image` (a string, an `ImageObject`, an array), else `thumbnailUrl`.
    var image: String?
    /// `keywords`, a comma-separated string or an array.
    var keywords: [String] = []
    /// `articleSection`, a string or an array.
    var sections: [String] = []
    /// The publisher's name.
    var publisher: String?
    /// `url`, else the `@id` of `mainEntityOfPage`.
    var url: String?
    /// `inLanguage`.
    var language: String?

    /// The article described by the first of `scripts` (their text) that describes one.
    static func article(in scripts: [String]) -> LinkedData? {
        for script in scripts {
            guard let value = parse(script) else { continue }
            if let object = firstArticle(in: value) { return LinkedData(object) }
        }
        return nil
    }

    /// The JSON value of a script's text, HTML comment and CDATA wrappers set aside.
    static func parse(_ script: String) -> Any? {
        var text = script.trimmingCharacters(in: .whitespacesAndNewlines)
        for wrapper in ["<!--", "-->", "<![CDATA[", "]]>", "//"] where text.hasPrefix(wrapper) || text.hasSuffix(wrapper) {
            if text.hasPrefix(wrapper) { text.removeFirst(wrapper.count) }
            if text.hasSuffix(wrapper) { text.removeLast(wrapper.count) }
            text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        return try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
    }

    /// The first object whose type is an article, searched through arrays and `@graph`.
    static func firstArticle(in value: Any) -> [String: Any]? {
        if let array = value as? [Any] {
            for item in array { if let found = firstArticle(in: item) { return found } }
            return nil
        }
        guard let object = value as? [String: Any] else { return nil }
        if types(of: object).contains(where: articleTypes.contains) { return object }
        for key in ["@graph", "mainEntity", "mainEntityOfPage"] {
            if let inner = object[key], let found = firstArticle(in: inner) { return found }
        }
        return nil
    }

    private static func types(of object: [String: Any]) -> [String] {
        strings(object["@type"]).map { $0.replacingOccurrences(of: "http://schema.org/", with: "").replacingOccurrences(of: "https://schema.org/", with: "") }
    }

    /// Reads the fields of one article object.
    init(_ object: [String: Any]) {
        headline = Self.strings(object["headline"]).first ?? Self.strings(object["name"]).first
        authors = Self.names(object["author"])
        datePublished = Self.strings(object["datePublished"]).first ?? Self.strings(object["dateCreated"]).first
        dateModified = Self.strings(object["dateModified"]).first
        description = Self.strings(object["description"]).first
        image = Self.addresses(object["image"]).first ?? Self.addresses(object["thumbnailUrl"]).first
        keywords = Self.strings(object["keywords"]).flatMap { $0.split(separator: ",").map(String.init) }
        sections = Self.strings(object["articleSection"])
        publisher = Self.names(object["publisher"]).first
        url = Self.strings(object["url"]).first ?? Self.addresses(object["mainEntityOfPage"]).first
        language = Self.strings(object["inLanguage"]).first
    }

    /// Strings from a string or an array of strings, trimmed, empty ones left out.
    static func strings(_ value: Any?) -> [String] {
        let raw: [Any] = (value as? [Any]) ?? (value.map { [$0] } ?? [])
        return raw.compactMap { $0 as? String }.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }

    /// Names from a string, an object with `name`, or an array of either.
    static func names(_ value: Any?) -> [String] {
        let raw: [Any] = (value as? [Any]) ?? (value.map { [$0] } ?? [])
        return raw.flatMap { item -> [String] in
            if let object = item as? [String: Any] { return strings(object["name"]) }
            return strings(item)
        }
    }

    /// Addresses from a string, an object with `url` or `@id`, or an array of either.
    static func addresses(_ value: Any?) -> [String] {
        let raw: [Any] = (value as? [Any]) ?? (value.map { [$0] } ?? [])
        return raw.flatMap { item -> [String] in
            if let object = item as? [String: Any] { return strings(object["url"]) + strings(object["@id"]) }
            return strings(item)
        }
    }
}
