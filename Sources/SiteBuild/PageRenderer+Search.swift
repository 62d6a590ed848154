import ArticleModel

extension PageRenderer {
    /// `search-index.js`: every article (newest first, undated last) and then every standalone
    /// page, from the same rendered bodies as the pages.
    func searchIndex() -> OutputFile {
        OutputFile(path: SitePaths.searchIndex, text: SearchIndex(archive.articles + archive.pages, formats: formats).script)
    }
}
