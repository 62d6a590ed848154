/// A possible tag of one document, with what its score is made of.
struct Candidate: Sendable, Hashable {
    /// The key (``TagKey``).
    var key: String
    /// Name or term.
    var kind: Mention.Kind
    /// How many words it has.
    var wordCount: Int
    /// Mentions in the body.
    var bodyCount: Int
    /// Mentions in the title.
    var titleCount: Int

    /// Mentions, a title mention counting as ``titleWeight`` body mentions.
    var frequency: Double { Double(bodyCount) + Self.titleWeight * Double(titleCount) }

    /// How many body mentions a mention in the title is worth.
    static let titleWeight = 6.0
}
