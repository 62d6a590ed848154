import ArticleModel

/// A JSON value as ``JSONTreeReader`` reads it. Numbers keep the text they were written as
/// (ids such as `2` or `1.10` stay exactly as written); when an object repeats a key, the last
/// value wins.
enum JSONValue {
    /// `{…}`.
    case object([String: JSONValue])
    /// `[…]`.
    case array([JSONValue])
    /// A string, escapes decoded.
    case string(String)
    /// A number, as written.
    case number(String)
    /// `true` or `false`.
    case bool(Bool)
    /// `null`, and what stands in for values nested too deep to keep.
    case null

    /// The value of `key` when this is an object holding it.
    subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members[key]
    }

    /// The members when this is an object.
    var members: [String: JSONValue]? {
        guard case .object(let members) = self else { return nil }
        return members
    }

    /// The elements when this is an array; empty otherwise.
    var elements: [JSONValue] {
        guard case .array(let elements) = self else { return [] }
        return elements
    }

    /// A string, or a number as its text, trimmed; nil when empty or another kind of value.
    var text: String? {
        let raw: String
        switch self {
        case .string(let s): raw = s
        case .number(let n): raw = n
        default: return nil
        }
        let trimmed = raw.trimmingWhitespace
        return trimmed.isEmpty ? nil : trimmed
    }
}
