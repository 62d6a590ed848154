import Mustache

/// A set of compiled Mustache templates that can refer to each other by name, as partials
/// (`{{>entry}}`) or as parents (`{{<base}}{{$content}}…{{/content}}{{/base}}`).
///
/// ```swift
/// let templates = try TemplateSet(sources: ["hello": "Hello, {{name}}!"])
/// try templates.render("hello", ["name": "<World>"])  // "Hello, &lt;World&gt;!"
/// ```
///
/// Values are HTML-escaped unless triple-braced (`{{{body}}}`). A missing variable or partial
/// renders as empty text, so callers should check what their pages contain.
public struct TemplateSet: Sendable {
    private let library: MustacheLibrary

    /// The names of the templates in the set, sorted.
    public let names: [String]

    /// Compiles every template; `sources` maps a name (`"article"`) to Mustache text.
    ///
    /// - Throws: ``TemplateError/syntax(template:line:column:message:)`` naming the first
    ///   template (in name order) that does not parse, with the line and column.
    public init(sources: [String: String]) throws {
        var library = MustacheLibrary()
        for name in sources.keys.sorted() {
            library.register(try Self.compile(sources[name] ?? "", named: name), named: name)
        }
        self.library = library
        self.names = sources.keys.sorted()
    }

    /// Renders the template `name` with a view model of plain values: strings, numbers,
    /// booleans, arrays and `[String: Any]` dictionaries.
    ///
    /// - Throws: ``TemplateError/missingTemplate(_:)`` when the set has no such template.
    public func render(_ name: String, _ context: [String: Any]) throws -> String {
        guard let text = library.render(context, withTemplate: name) else {
            throw TemplateError.missingTemplate(name)
        }
        return text
    }

    /// Whether the set has a template called `name`.
    public func contains(_ name: String) -> Bool {
        library.getTemplate(named: name) != nil
    }

    private static func compile(_ text: String, named name: String) throws -> MustacheTemplate {
        do {
            return try MustacheTemplate(string: text)
        } catch let error as MustacheTemplate.ParserError {
            throw TemplateError.syntax(template: name, line: error.context.lineNumber,
                                       column: error.context.columnNumber,
                                       message: TemplateError.describe(error.error))
        }
    }
}
