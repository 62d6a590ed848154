/// What the XML parser made of a file: the root element (when any of it could be read) and
/// the problems it met, with line numbers. Recovery keeps everything that did parse.
public struct XMLParseResult: Sendable {
    /// The root element, or nil when nothing usable was found.
    public var root: MarkupElement?
    /// Problems found, at most 20, in file order.
    public var problems: [XMLProblem]

    /// Creates a result.
    public init(root: MarkupElement?, problems: [XMLProblem]) {
        self.root = root
        self.problems = problems
    }
}

/// One problem the XML parser reported.
public struct XMLProblem: Hashable, Sendable, CustomStringConvertible {
    /// The 1-based line, 0 when unknown.
    public var line: Int
    /// libxml2's message, trimmed.
    public var message: String

    /// Creates a problem.
    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    /// `line N: message`.
    public var description: String { "line \(line): \(message)" }
}
