import ArticleModel

extension SiteConfigFormat {
    /// `book.KEY` as one of `Choice`'s values (`book.sections: tag`, `book.order: oldest-first`).
    /// Any other value is a warning naming the file, the key and the values allowed, and
    /// `fallback` stands: how the book is divided should not stop a build.
    static func choice<Choice: RawRepresentable & CaseIterable>(_ key: String, in book: YAMLFields, default fallback: Choice,
                                                                 warnings: inout [Diagnostic]) -> Choice where Choice.RawValue == String {
        let found: String
        do {
            guard let text = try book.string(key) else { return fallback }
            if let value = Choice(rawValue: text.trimmingWhitespace.lowercased()) { return value }
            found = "\"\(text.prefix(40))\""
        } catch {
            found = "a list or mapping"
        }
        let allowed = Choice.allCases.map(\.rawValue)
        let names = allowed.dropLast().joined(separator: ", ") + " or " + (allowed.last ?? "")
        warnings.append(Diagnostic(.warning, file: book.file, line: book.line(of: key),
                                   "`book.\(key)` must be \(names), not \(found); used \(fallback.rawValue)",
                                   hint: "write one of \(allowed.joined(separator: ", ")), or leave the line out"))
        return fallback
    }
}
