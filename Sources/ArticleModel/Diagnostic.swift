/// Something a stage wants the user to know: content it dropped, input it could not use, a
/// fallback it took. Every diagnostic says where (file, item, line) and what to do.
///
/// ```
/// feeds/news.xml: item 4 "Budget vote": warning: no date; used the feed's date instead
/// ```
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable, Comparable {
        /// A note about cleaning the converter did on purpose (boilerplate removed).
        case note
        /// Input that was used only in part, or replaced by a fallback.
        case warning
        /// Input that could not be used at all (an item skipped, a file unreadable).
        case error

        private var rank: Int { self == .note ? 0 : self == .warning ? 1 : 2 }
        /// Orders notes before warnings before errors.
        public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
    }

    /// How serious it is.
    public var severity: Severity
    /// The file it concerns, as the user named it (empty when unknown).
    public var file: String
    /// The item inside the file, such as `item 3 "Title"` (nil when the whole file).
    public var item: String?
    /// The 1-based line in the file, when known.
    public var line: Int?
    /// What happened, in plain words.
    public var message: String
    /// What the user can do about it, when there is something.
    public var hint: String?

    /// Creates a diagnostic.
    public init(_ severity: Severity, file: String = "", item: String? = nil, line: Int? = nil,
                _ message: String, hint: String? = nil) {
        self.severity = severity
        self.file = file
        self.item = item
        self.line = line
        self.message = message
        self.hint = hint
    }

    /// The same diagnostic, placed in `file` (and `item`, when it has none yet).
    public func located(file: String, item: String? = nil) -> Diagnostic {
        var copy = self
        if copy.file.isEmpty { copy.file = file }
        if copy.item == nil { copy.item = item }
        return copy
    }

    /// One line: `file:line: item: severity: message (hint)`.
    public var description: String { formatted { $0.rawValue } }

    /// The same line with the severity written by `severityText` (a terminal colours it).
    public func formatted(severity severityText: (Severity) -> String) -> String {
        var place = file
        if let line { place += place.isEmpty ? "line \(line)" : ":\(line)" }
        var parts: [String] = []
        if !place.isEmpty { parts.append(place) }
        if let item { parts.append(item) }
        parts.append(severityText(severity))
        var text = parts.joined(separator: ": ") + ": " + message
        if let hint { text += " (\(hint))" }
        return text
    }
}
