import ArticleModel
import Foundation

/// ``CleaningRules`` made ready to apply: regular expressions compiled once, class names in a
/// set. Patterns that do not compile are reported, not fatal.
struct CompiledRules: Sendable {
    /// The text rules that compiled, in order.
    let textRules: [TextRule]
    /// Class names and ids that remove an element.
    let dropClasses: Set<String>
    /// Warnings about patterns that could not be compiled.
    let problems: [Diagnostic]
    /// All text rules in one expression, so that a block that matches none (nearly all of
    /// them) costs one match; nil when there are fewer than two or they do not combine.
    let anyRule: TextRule?

    /// Compiles `rules`.
    init(_ rules: CleaningRules) {
        var compiled: [TextRule] = []
        var problems: [Diagnostic] = []
        for pattern in rules.dropText {
            do {
                // Wrapped so that an alternation cannot stop at a shorter first match.
                let wrapped = "^(?:" + pattern + ")$"
                let expression = try NSRegularExpression(pattern: wrapped, options: [.dotMatchesLineSeparators])
                compiled.append(TextRule(name: TextRule.name(of: pattern), pattern: wrapped, expression: expression))
            } catch {
                problems.append(Diagnostic(.warning, "invalid cleaning rule \"\(pattern)\": not a regular expression; ignored",
                                           hint: "fix the pattern under cleaning.drop_text in site.yml"))
            }
        }
        textRules = compiled
        dropClasses = Set(rules.dropClasses)
        self.problems = problems
        anyRule = Self.combined(compiled.map(\.pattern))
    }

    private static func combined(_ patterns: [String]) -> TextRule? {
        guard patterns.count > 1 else { return nil }
        let pattern = patterns.map { "(?:" + $0 + ")" }.joined(separator: "|")
        guard let expression = try? NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators]) else { return nil }
        return TextRule(name: "any", pattern: pattern, expression: expression)
    }

    /// The name of the first text rule matching the whole of `text`, if any.
    func rule(matching text: String) -> String? {
        if let anyRule, !anyRule.matches(text) { return nil }
        return textRules.first { $0.matches(text) }?.name
    }
}
