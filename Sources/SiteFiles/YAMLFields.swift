import ArticleModel
import Yams

/// Typed, located access to the keys of one YAML mapping, remembering which keys were used
/// so the rest can be reported as unknown.
struct YAMLFields {
    let mapping: Node.Mapping
    let file: String
    /// Added to Yams' line numbers, for a mapping that does not start the file (front matter).
    let lineOffset: Int

    /// Parses `yaml` (which must be a mapping, or empty) without converting any scalar, so
    /// dates keep their offset and `no` stays a string.
    init(yaml: String, file: String, lineOffset: Int = 0) throws(SiteFileError) {
        self.file = file
        self.lineOffset = lineOffset
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw SiteFileError(file: file, line: YAMLFields.line(of: error).map { $0 + lineOffset },
                                "invalid YAML: \(YAMLFields.problem(of: error))",
                                hint: "check the indentation and quote values that contain ': ' or start with a special character")
        } catch {
            throw SiteFileError(file: file, "invalid YAML: \(error)")
        }
        guard let node else {
            mapping = Node.Mapping([])
            return
        }
        guard let mapping = node.mapping else {
            throw SiteFileError(file: file, line: node.mark.map { $0.line + lineOffset },
                                "expected `key: value` lines at the top level")
        }
        self.mapping = mapping
    }

    /// The keys present, in file order.
    var keys: [String] { mapping.keys.compactMap(\.string) }

    /// The line a key sits on.
    func line(of key: String) -> Int? {
        mapping.keys.first { $0.string == key }?.mark.map { $0.line + lineOffset }
    }

    /// A scalar value as text; nil when absent or null.
    func string(_ key: String) throws(SiteFileError) -> String? {
        guard let node = mapping[key] else { return nil }
        guard let scalar = node.scalar else {
            throw SiteFileError(file: file, line: line(of: key), "`\(key)` must be a single value")
        }
        if scalar.style == .plain, ["", "~", "null", "Null", "NULL"].contains(scalar.string) { return nil }
        return scalar.string
    }

    /// A list of scalars; a single scalar counts as a list of one.
    func strings(_ key: String) throws(SiteFileError) -> [String] {
        guard let node = mapping[key] else { return [] }
        if let sequence = node.sequence {
            return try sequence.map { item throws(SiteFileError) in
                guard let s = item.scalar?.string else {
                    throw SiteFileError(file: file, line: line(of: key), "`\(key)` must be a list of values")
                }
                return s
            }
        }
        return try string(key).map { [$0] } ?? []
    }

    /// A whole number.
    func int(_ key: String) throws(SiteFileError) -> Int? {
        guard let text = try string(key) else { return nil }
        guard let value = Int(text) else {
            throw SiteFileError(file: file, line: line(of: key), "`\(key)` must be a whole number, not \"\(text)\"")
        }
        return value
    }

    /// `true`/`false` (also yes/no, on/off).
    func bool(_ key: String) throws(SiteFileError) -> Bool? {
        guard let text = try string(key) else { return nil }
        switch text.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw SiteFileError(file: file, line: line(of: key), "`\(key)` must be true or false, not \"\(text)\"")
        }
    }

    /// An ISO 8601 date.
    func date(_ key: String) throws(SiteFileError) -> ArticleDate? {
        guard let text = try string(key) else { return nil }
        guard let date = ArticleDate(iso8601: text) else {
            throw SiteFileError(file: file, line: line(of: key), "`\(key)` is not a date: \"\(text)\"",
                                hint: "write it as 2024-06-28 or 2024-06-28T12:22:37+02:00")
        }
        return date
    }

    /// A nested mapping.
    func fields(_ key: String) throws(SiteFileError) -> YAMLFields? {
        guard let node = mapping[key] else { return nil }
        guard let nested = node.mapping else {
            if node.scalar?.string.isEmpty == true || node.scalar?.string == "~" { return nil }
            throw SiteFileError(file: file, line: line(of: key), "`\(key)` must hold `key: value` lines")
        }
        return YAMLFields(mapping: nested, file: file, lineOffset: lineOffset)
    }

    /// Warnings for keys not in `known`.
    func unknownKeys(known: Set<String>, section: String? = nil) -> [Diagnostic] {
        keys.filter { !known.contains($0) }.map { key in
            let name = section.map { "\($0).\(key)" } ?? key
            return Diagnostic(.warning, file: file, line: line(of: key), "unknown setting `\(name)` ignored",
                              hint: "known settings: \(known.sorted().joined(separator: ", "))")
        }
    }

    private init(mapping: Node.Mapping, file: String, lineOffset: Int) {
        self.mapping = mapping
        self.file = file
        self.lineOffset = lineOffset
    }

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): return mark.line
        default: return nil
        }
    }

    private static func problem(of error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _): return problem
        case .duplicatedKeysInMapping(let duplicates, _): return "duplicated keys \(duplicates.joined(separator: ", "))"
        default: return "\(error)"
        }
    }
}
