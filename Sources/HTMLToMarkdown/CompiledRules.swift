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

    /// Compiles `rules`.
    init(_ rules: CleaningRules) {
        var compiled: [TextRule] = []
        var problems: [Diagnostic] = []
        for pattern in rules.dropText {
            do {
                // Wrapped so that an alternation cannot stop at a shorter first match.
                let expression = try NSRegularExpression(pattern: "^(?:" + pattern + ")$", options: [.dotMatchesLineSeparators])
                compiled.append(TextRule(name: TextRule.name(of: pattern), expression: expression))
            } catch {
                problems.append(Diagnostic(.warning, "invalid cleaning rule \"\(pattern)\": not a regular expression; ignored",
                                           hint: "fix the pattern under cleaning.drop_text in site.yml"))
            }
        }
        textRules = compiled
        dropClasses = Set(rules.dropClasses)
        self.problems = problems
    }

    /// The name of the first text rule matching the whole of `text`, if any.
    func rule(matching text: String) -> String? {
        textRules.first { $0.matches(text) }?.name
    }
}
