/// One word of a document as the tokenizer found it.
struct Word: Sendable, Hashable {
    /// The word as written, without a possessive `'s` or an elided `l'`.
    var text: String
    /// The word in lower case: the key for case counts and stop-word lists.
    var lower: String
    /// Whether it starts with a capital letter.
    var isCapitalised: Bool
    /// Whether its capital says nothing: the first word of a sentence, or any word of a title.
    var isAmbiguous: Bool
    /// Whether punctuation stands between it and the word before (a name never spans it).
    var breakBefore: Bool
    /// Whether it holds a digit.
    var hasDigit: Bool
}
