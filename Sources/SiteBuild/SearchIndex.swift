import ArticleModel

/// The site's search index, made from the same rendered articles as its pages, so it can
/// never be stale: every article and standalone page with its title, path, date and the start
/// of its text, and every term (``SearchTerms``) with the articles it occurs in.
/// ``files`` writes it as `search-index.js` and its shards for `assets/search.js`; the format is described
/// in Layouts/README.md.
struct SearchIndex: Sendable {
    /// The articles, numbered from 0 in the order given.
    let documents: [SearchDocument]
    /// Every term, sorted by UTF-16 code units (JavaScript's order), so the browser finds the
    /// terms that start with what was typed by binary search.
    let terms: [String]
    /// For each term, the articles it occurs in, by number.
    let postings: [[SearchPosting]]

    /// How many characters of each article's text the snippets are made from, at most.
    static let excerptLength = 140

    /// The index of `articles`, numbered in their order, their dates written as `formats` writes them.
    init(_ articles: [RenderedArticle], formats: LocalFormats = .of("en")) {
        var documents: [SearchDocument] = []
        var table: [String: [SearchPosting]] = [:]
        // A chunk of articles at a time is read on every core, so that only one chunk's words
        // are held beside the table.
        for start in stride(from: 0, to: articles.count, by: Self.articlesPerChunk) {
            let parsed = Parallel.map(Array(articles[start..<min(start + Self.articlesPerChunk, articles.count)])) { Self.parse($0, formats: formats) }
            for (offset, article) in parsed.enumerated() {
                var counts: [String: Int] = [:]
                for term in article.body { counts[term, default: 0] += 1 }
                for term in article.title where counts[term] == nil { counts[term] = 0 }
                for (term, count) in counts {
                    table[term, default: []].append(SearchPosting(document: start + offset, count: count, inTitle: article.title.contains(term)))
                }
            }
            documents += parsed.map(\.document)
        }
        self.documents = documents
        terms = table.keys.sorted { $0.utf16.lexicographicallyPrecedes($1.utf16) }
        postings = terms.map { table[$0] ?? [] }
    }

    /// How many articles are read together.
    static let articlesPerChunk = 500

    /// An article's entry, title terms and body terms.
    private static func parse(_ item: RenderedArticle, formats: LocalFormats) -> (document: SearchDocument, title: Set<String>, body: [String]) {
        let text = PlainText.words(ofHTML: item.html.html).joined(separator: " ")
        let body = SearchTerms.terms(in: text)
        let document = SearchDocument(title: item.article.title, path: SitePaths.article(item.article),
                                      date: item.article.isPage ? "" : item.article.date.map(formats.day) ?? "",
                                      excerpt: excerpt(text), length: body.count)
        return (document, Set(SearchTerms.terms(in: item.article.title)), body)
    }

    /// The size the index is measured against (issue 9: at most 35 %): the articles' plain
    /// text, in UTF-8 bytes, as the index reads it: each title, a space, and the words of the
    /// body (``PlainText/words(ofHTML:limit:)``) with one space between.
    static func textSize(of articles: [RenderedArticle]) -> Int {
        articles.reduce(0) { total, item in
            let words = PlainText.words(ofHTML: item.html.html)
            return total + item.article.title.utf8.count + 1 + words.reduce(0) { $0 + $1.utf8.count } + max(words.count - 1, 0)
        }
    }

    /// The first ``excerptLength`` characters of `text`, cut after a word, with `…` when cut.
    static func excerpt(_ text: String) -> String {
        guard text.count > excerptLength else { return text }
        let start = text.prefix(excerptLength + 1)
        guard let space = start.lastIndex(of: " ") else { return String(text.prefix(excerptLength)) + "…" }
        return String(start[..<space]) + "…"
    }
}
