import ArticleModel
import Foundation
import MarkupTree

/// The output's feeds and other data files, parsed as a feed reader parses them: XML must be
/// well-formed, JSON must parse, and a JSON Feed must have what version 1.1 requires.
enum FeedCheck {
    /// The problems of an XML file (a feed, the sitemap), with libxml2's lines.
    static func xmlProblems(_ data: Data, file: String) -> [Diagnostic] {
        let parsed = MarkupParser.xml(data)
        let hint = "feed readers and search engines refuse a file that is not well-formed; build again, and report it if it stays"
        if parsed.root == nil && parsed.problems.isEmpty {
            return [Diagnostic(.error, file: file, "not XML: no root element", hint: hint)]
        }
        return parsed.problems.map { problem in
            Diagnostic(.error, file: file, line: problem.line > 0 ? problem.line : nil, "not well-formed XML: \(problem.message)", hint: hint)
        }
    }

    /// The problems of a JSON file; for a JSON Feed, also its required fields.
    static func jsonProblems(_ data: Data, file: String) -> [Diagnostic] {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? error.localizedDescription
            return [Diagnostic(.error, file: file, "not valid JSON: \(detail)", hint: "JSON readers refuse the whole file; build again")]
        }
        guard let feed = object as? [String: Any], let version = feed["version"] as? String,
              version.hasPrefix("https://jsonfeed.org/version/") else { return [] }
        return jsonFeedProblems(feed, file: file)
    }

    /// What JSON Feed requires: a title, an items list, an id and some content on every item.
    private static func jsonFeedProblems(_ feed: [String: Any], file: String) -> [Diagnostic] {
        let hint = "JSON Feed readers skip what lacks it; see jsonfeed.org/version/1.1"
        var problems: [Diagnostic] = []
        if !(feed["title"] is String) { problems.append(Diagnostic(.error, file: file, "JSON Feed without a \"title\"", hint: hint)) }
        guard let items = feed["items"] as? [Any] else {
            return problems + [Diagnostic(.error, file: file, "JSON Feed without an \"items\" list", hint: hint)]
        }
        for (index, value) in items.enumerated() {
            let item = value as? [String: Any] ?? [:]
            let place = "item \(index + 1)"
            if !(item["id"] is String) { problems.append(Diagnostic(.error, file: file, item: place, "no \"id\"", hint: hint)) }
            if !(item["content_html"] is String) && !(item["content_text"] is String) {
                problems.append(Diagnostic(.error, file: file, item: place, "neither \"content_html\" nor \"content_text\"", hint: hint))
            }
        }
        return problems
    }
}
