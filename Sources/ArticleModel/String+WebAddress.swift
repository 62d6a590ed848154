extension String {
    /// Whether the string is an absolute `http` or `https` address with a host, written
    /// plainly: the only addresses Broadsheet links to from untrusted input (never
    /// `javascript:`, `file:`, `data:`).
    ///
    /// ``URLScheme`` decides the scheme; the text must also spell it out as it is, followed by
    /// `//` and a host, so that every reader of the address sees the same one.
    ///
    /// ```swift
    /// "https://news.example/a".isWebAddress   // true
    /// "https&colon;//news.example/".isWebAddress  // false: a reader may not decode it
    /// "javascript://news.example/".isWebAddress   // false
    /// ```
    public var isWebAddress: Bool {
        guard URLScheme.of(self)?.isWeb == true else { return false }
        let start = prefix(8).lowercased()
        let rest: Substring
        if start.hasPrefix("https://") { rest = dropFirst(8) }
        else if start.hasPrefix("http://") { rest = dropFirst(7) }
        else { return false }
        guard let host = rest.first else { return false }
        return host != "/" && host != "?" && host != "#"
    }
}
