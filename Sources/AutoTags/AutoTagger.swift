import ArticleModel

/// Chooses tags for articles that have none, against the whole collection.
///
/// Each document's candidates are the names it mentions (`North Korea`, `Vladimir Putin`) and
/// its ordinary words; a candidate scores by how often the document mentions it (title
/// mentions count ``Candidate/titleWeight`` times) and by how few documents of the same language do (gently for
/// names, strongly for words, tf-idf style). One entity is one candidate across the
/// collection: spellings that differ in case or hyphens (`Kim Jong-un`, `Kim Jong Un`) share a
/// key, a surname alone counts for the full name the document uses, an English demonym counts
/// for its country (`North Korean` → `North Korea`), and the tag is written the way the
/// collection writes it most (or as an existing tag spells it). Ties break on the key, so the
/// result depends on the input only. Time is linear in the collection's size.
///
/// ```swift
/// let tags = AutoTagger.suggest(for: documents)   // one list per document, at most four each
/// ```
public enum AutoTagger {
    /// Tags given to one document at most.
    public static let defaultLimit = 4

    /// Tags for every document that wants them (``TagDocument/wantsTags``), in order; an empty
    /// list for the others and for documents with nothing to tag.
    public static func suggest(for documents: [TagDocument], limit: Int = defaultLimit) -> [[String]] {
        let scanned = Parallel.map(documents) { ScannedDocument($0) }
        let counts = CaseCounts(scanned.map { $0.title + $0.body })
        let mentions = Parallel.map(scanned) { document in
            MentionSpotter(language: document.language, counts: counts).mentions(title: document.title, body: document.body)
        }
        let collection = TagCollection(documents: documents, scanned: scanned, mentions: mentions)
        let chooser = TagChooser(collection: collection, limit: limit)
        return Parallel.map(Array(documents.indices)) { index in
            documents[index].wantsTags ? chooser.tags(for: collection.candidates[index], language: scanned[index].language) : []
        }
    }
}
