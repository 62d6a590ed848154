import Foundation

/// One compiled text rule: its name for diagnostics and its regular expression.
struct TextRule: @unchecked Sendable {
    /// The name from a leading `(?#name)` comment, or the pattern itself.
    let name: String
    /// The pattern as compiled (anchored at both ends).
    let pattern: String
    /// The compiled pattern (immutable, so safe to share across threads).
    let expression: NSRegularExpression

    /// The rule's name: `(?#source-link)^Source link$` is called `source-link`.
    static func name(of pattern: String) -> String {
        guard pattern.hasPrefix("(?#"), let end = pattern.firstIndex(of: ")") else { return pattern }
        let name = pattern[pattern.index(pattern.startIndex, offsetBy: 3)..<end]
        return name.isEmpty ? pattern : String(name)
    }

    /// Whether the whole of `text` matches.
    func matches(_ text: String) -> Bool {
        let range = NSRange(text.startIndex..., in: text)
        guard let match = expression.firstMatch(in: text, options: [.anchored], range: range) else { return false }
        return match.range.location == 0 && match.range.length == range.length
    }
}
