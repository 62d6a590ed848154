import ArticleModel
import Foundation

/// ``CleaningRules`` made ready to apply: regular expressions compiled once, class names in a
/// set, structural rules by case, and every rule named in `disabled` left out. Patterns that
/// do not compile and disabled names that name no rule are reported, not fatal.
struct CompiledRules: Sendable {
    /// The text rules that compiled, in order.
    let textRules: [TextRule]
    /// Class names and ids that remove an element.
    let dropClasses: Set<String>
    /// The structural rules to apply.
    let structural: Set<StructuralRule>
    /// Warnings about patterns that could not be compiled.
    let problems: [Diagnostic]
    /// All text rules in one expression, so that a block that matches none (nearly all of
    /// them) costs one match; nil when there are fewer than two or they do not combine.
    let anyRule: TextRule?

    /// Compiles `rules`.
    init(_ rules: CleaningRules) {
        var compiled: [TextRule] = []
        var problems: [Diagnostic] = []
        let disabled = Set(rules.disabled.map(Self.ruleName))
        for pattern in rules.dropText where !disabled.contains(TextRule.name(of: pattern)) {
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
        dropClasses = Set(rules.dropClasses).subtracting(disabled)
        structural = Set(rules.structural.compactMap(StructuralRule.init(rawValue:)).filter { !disabled.contains($0.rawValue) })
        self.problems = problems + Self.unknownNames(rules)
        anyRule = Self.combined(compiled.map(\.pattern))
    }

    /// The rule a disabled name means: `class loader`, as diagnostics write it, is `loader`.
    private static func ruleName(_ name: String) -> String {
        name.hasPrefix("class ") ? String(name.dropFirst("class ".count)) : name
    }

    /// Warnings for names in `disabled` that are no rule of `rules`.
    private static func unknownNames(_ rules: CleaningRules) -> [Diagnostic] {
        let known = Set(rules.dropText.map(TextRule.name(of:)) + rules.dropClasses + StructuralRule.allNames)
        return rules.disabled.filter { !known.contains(ruleName($0)) }.map { name in
            Diagnostic(.warning, "cleaning.disable names \"\(name)\", which is no cleaning rule; ignored",
                       hint: "use a name that diagnostics give as (rule: NAME), such as share-widgets or read-more")
        }
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
