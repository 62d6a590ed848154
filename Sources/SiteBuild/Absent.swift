import ArticleModel
import Foundation

/// The value of a view-model key that has nothing to show. It renders as empty text, is
/// false in a section, and, unlike a missing key, stops Mustache from looking the name up
/// in an enclosing context (an entry without an author never shows the page's author).
enum Absent {
    static var value: Any { NSNull() }

    /// `text` when it has something other than whitespace, else ``value``.
    static func unlessEmpty(_ text: String?) -> Any {
        guard let text, !text.trimmingWhitespace.isEmpty else { return value }
        return text
    }
}
