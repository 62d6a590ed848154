/// One article as the tagger sees it: its title, the plain text of its body, its language if
/// known, and the tags it already has.
///
/// ```swift
/// TagDocument(title: "Putin lands in Pyongyang", text: "Russian President Vladimir Putin …", language: "en")
/// ```
public struct TagDocument: Sendable, Hashable {
    /// The headline.
    public var title: String
    /// The body as plain text, paragraphs on their own lines.
    public var text: String
    /// A language code such as `en` or `de-AT`, if the source says; the words decide otherwise.
    public var language: String?
    /// The tags it has. Their spellings are reused for the same tag elsewhere.
    public var tags: [String]
    /// Whether it should be given tags (by default: when it has none). A document that
    /// should not still counts as part of the collection.
    public var wantsTags: Bool

    /// Creates a document.
    public init(title: String, text: String, language: String? = nil, tags: [String] = [], wantsTags: Bool? = nil) {
        self.title = title
        self.text = text
        self.language = language
        self.tags = tags
        self.wantsTags = wantsTags ?? tags.isEmpty
    }
}
