import ArticleModel
import Foundation
import HTMLToMarkdown

extension FuzzTargets {
    /// The HTML → Markdown converter with the standard rules on arbitrary bytes (read as UTF-8,
    /// invalid sequences replaced). Properties: no crash; the Markdown is valid UTF-8; and the
    /// ``FixedPoint`` property: what libcmark renders from the Markdown is left unchanged by
    /// the sanitiser and holds no active content.
    public static func html(_ data: Data) {
        let html = String(decoding: data, as: UTF8.self)
        let markdown = HTMLToMarkdown.convert(HTMLFragment(html), rules: .standard).markdown
        require(isValidUTF8(markdown.text), "the Markdown is not valid UTF-8", input: html)
        let problems = FixedPoint.problems(markdown: markdown)
        require(problems.isEmpty, "not a fixed point: \(problems.joined(separator: "\n"))", input: html)
    }
}
