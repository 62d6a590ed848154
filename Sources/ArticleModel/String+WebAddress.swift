extension String {
    /// Whether the string is an absolute `http` or `https` address with a host: the only
    /// addresses Broadsheet links to from untrusted input (never `javascript:`, `file:`, `data:`).
    public var isWebAddress: Bool {
        let lower = lowercased()
        let rest: Substring
        if lower.hasPrefix("https://") { rest = lower.dropFirst(8) }
        else if lower.hasPrefix("http://") { rest = lower.dropFirst(7) }
        else { return false }
        return !(rest.first.map { $0 == "/" || $0 == "?" || $0 == "#" } ?? true)
    }
}
