import ArticleModel
/// A document's words and language.
struct ScannedDocument: Sendable {
    /// The title's words (every capital ambiguous).
    var title: [Word]
    /// The body's words.
    var body: [Word]
    /// The language its words show.
    var language: TagLanguage

    /// Scans a document.
    init(_ document: TagDocument) {
        title = WordScanner.words(in: document.title, title: true)
        body = WordScanner.words(in: document.text)
        language = TagLanguage.detect((title + body.prefix(TagLanguage.wordsLookedAt)).lazy.map(\.lower), declared: document.language)
    }
}
