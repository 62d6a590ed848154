import Mustache

/// Why a template could not be compiled or rendered.
public enum TemplateError: Error, Equatable, CustomStringConvertible {
    /// The template `template` does not parse: at 1-based `line` and `column`, `message` says what is wrong.
    case syntax(template: String, line: Int, column: Int, message: String)
    /// No template of that name was given.
    case missingTemplate(String)

    /// `article.mustache:12:5: …`, a line a user can act on.
    public var description: String {
        switch self {
        case let .syntax(template, line, column, message):
            return "\(template).mustache:\(line):\(column): template syntax error: \(message)"
        case let .missingTemplate(name):
            return "no template named '\(name)': add \(name).mustache to the layouts"
        }
    }

    /// Plain words for swift-mustache's parser errors.
    static func describe(_ error: Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "\(error)" }
        switch error {
        case .sectionCloseNameIncorrect: return "a closing tag does not match the section it closes"
        case .unfinishedName: return "a tag is not finished (missing '}}'?)"
        case .expectedSectionEnd: return "a section is never closed (missing '{{/name}}')"
        case .invalidSetDelimiter: return "a set-delimiter tag is malformed"
        case .transformAppliedToInheritanceSection: return "a transform is applied to an inheritance section"
        case .illegalTokenInsideInheritSection: return "only '{{$block}}' sections may appear inside '{{<parent}}'"
        case .textInsideInheritSection: return "text appears inside '{{<parent}}' outside any '{{$block}}'"
        case .invalidConfigVariableSyntax: return "a '{{%' configuration tag is malformed"
        case .unrecognisedConfigVariable: return "a '{{%' configuration tag is not recognised"
        }
    }
}
