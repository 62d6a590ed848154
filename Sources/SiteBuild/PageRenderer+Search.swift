import ArticleModel

extension PageRenderer {
    /// `search-index.js` and its shards: every article (newest first, undated last) and then
    /// every standalone page, from the same rendered bodies as the pages.
    func searchIndex() -> [OutputFile] {
        SearchIndex(archive.articles + archive.pages, formats: formats).files
    }

    /// The words of the search box's status line, for its form's `data-text-NAME` attributes
    /// (see Layouts/README.md): `{name, text}` for `loading`, `unavailable`, `none`, `shown`,
    /// and `found-CATEGORY` for each plural form the language's string has, placeholders left
    /// for `search.js` to fill.
    func searchWords() -> [[String: String]] {
        let plain = ["loading", "unavailable", "none", "shown"].map { ["name": $0, "text": strings.text("search_" + $0)] }
        let found = strings.forms("search_found")
        return plain + PluralCategory.allCases.compactMap { form in
            found[form].map { ["name": "found-" + form.rawValue, "text": $0] }
        }
    }
}
