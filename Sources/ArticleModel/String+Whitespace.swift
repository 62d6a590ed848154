extension String {
    /// The string without leading and trailing spaces, tabs and line breaks (Unicode-aware).
    ///
    /// A zero-width no-break space (U+FEFF, the byte-order mark) at either end goes too: it is
    /// invisible, and YAML drops one that starts a value, so a title kept with it would not read
    /// back the same (found by the front-matter fuzz target).
    public var trimmingWhitespace: String {
        let scalars = unicodeScalars
        let kept: (Unicode.Scalar) -> Bool = { !$0.properties.isWhitespace && $0.value != 0xFEFF }
        guard let first = scalars.firstIndex(where: kept) else { return "" }
        let last = scalars.lastIndex(where: kept)!
        return String(scalars[first...last])
    }

    /// The string with every run of whitespace replaced by one space, and trimmed.
    public var collapsingWhitespace: String {
        var out = String.UnicodeScalarView()
        var space = false
        for scalar in unicodeScalars {
            if scalar.properties.isWhitespace {
                space = !out.isEmpty
            } else {
                if space { out.append(" ") }
                space = false
                out.append(scalar)
            }
        }
        return String(out)
    }
}
