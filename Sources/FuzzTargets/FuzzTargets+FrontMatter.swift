import ArticleModel
import Foundation
import SiteFiles

extension FuzzTargets {
    /// An article file (front matter and Markdown body) on arbitrary bytes. Properties: no
    /// crash; an error names the file; a file that parses has a title, and writing it out and
    /// reading that back gives the same article (`parse(text(of: file)) == file`).
    public static func frontMatter(_ data: Data) {
        let path = "fuzz/article.md"
        let text = String(decoding: data, as: UTF8.self)
        let article: ArticleFile
        do {
            (article, _) = try ArticleFileFormat.parse(text, file: path)
        } catch {
            require(error.file == path, "the error names \(error.file.debugDescription), not the file: \(error)", input: text)
            return
        }
        require(!article.frontMatter.title.isEmpty, "an article with an empty title", input: text)
        let written = ArticleFileFormat.text(of: article)
        do {
            let (again, _) = try ArticleFileFormat.parse(written, file: path)
            require(again == article, "reading the written file gives another article:\n  written: \(written.debugDescription)", input: text)
        } catch {
            require(false, "the written file cannot be read back: \(error)\n  written: \(written.debugDescription)", input: text)
        }
    }
}
