/// One place a document names a candidate tag: a name (`North Korea`) or a term (`missile`).
struct Mention: Sendable, Hashable {
    /// What kind of candidate a mention is.
    enum Kind: Sendable, Hashable {
        /// A capitalised name of one to four words.
        case name
        /// An ordinary word, weighed by how rare it is in the collection.
        case term
    }

    /// The key that makes two spellings one candidate (``TagKey``).
    var key: String
    /// The words as written.
    var surface: String
    /// Name or term.
    var kind: Kind
    /// How many words it has.
    var wordCount: Int
    /// Whether it is in the title (which counts more).
    var inTitle: Bool
}
