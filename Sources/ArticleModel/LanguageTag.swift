/// Language codes as pages and books need them: `en`, `en-GB`, `zh-Hant-TW`.
public enum LanguageTag {
    /// `text` as a language tag (trimmed, `_` written `-`) when it has the shape of one:
    /// 2 to 8 letters, then parts of 1 to 8 letters or digits. Nil for anything else
    /// (`English (United States)`, `en" onload="…`).
    public static func normalized(_ text: String) -> String? {
        let tag = text.trimmingWhitespace.replacingOccurrences(of: "_", with: "-")
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...8).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        let rest = parts.dropFirst().allSatisfy { (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
        return rest ? tag : nil
    }
}
