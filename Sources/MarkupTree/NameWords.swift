/// The words of a class name, id or label, as furniture detectors read them.
public enum NameWords {
    /// `name` split into lowercase words at every non-letter and at camel-case humps:
    /// `relatedPosts2` → `related`, `posts`; `share_bar` → `share`, `bar`.
    public static func split(_ name: String) -> [String] {
        var words: [String] = []
        var current = ""
        var previousLower = false
        for character in name {
            guard character.isLetter else {
                if !current.isEmpty { words.append(current.lowercased()) }
                current = ""
                previousLower = false
                continue
            }
            if character.isUppercase && previousLower && !current.isEmpty {
                words.append(current.lowercased())
                current = ""
            }
            current.append(character)
            previousLower = character.isLowercase
        }
        if !current.isEmpty { words.append(current.lowercased()) }
        return words
    }
}
