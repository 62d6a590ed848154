import ArticleModel
import EbookBundle
import Foundation
import SiteBuild

/// The steps that make the output files: the site, the book, the digest, static files.
enum OutputSteps {
    /// The site's pages, feeds, search index and assets (SiteBuilder) in the words of
    /// `strings`, handed to `emit` group by group as they are made, so that they can be
    /// written and let go.
    static func site(_ articles: [RenderedArticle], config: SiteConfig, strings: UIStrings, layouts: [String: Data],
                     extras: SiteExtras = SiteExtras(), log: inout [Diagnostic],
                     emit: ([OutputFile]) throws(PipelineError) -> Void) throws(PipelineError) {
        do {
            log += try SiteBuilder.build(articles, config: config, layouts: layouts, extras: extras, strings: strings) { files in
                try emit(files)
            }
        } catch let error as PipelineError {
            throw error
        } catch {
            throw PipelineError("cannot build the site: \(error)", hint: "check the templates in layouts/ (or Layouts/)")
        }
    }

    /// `book.epub` and `digest.html`, unless `book.enabled` is false or there are no articles,
    /// with the stored pictures of `mediaFiles` (bytes by store name) their articles show, in
    /// the words of `strings`, each handed to `place` as soon as it is made; returns the size
    /// of each by path. When the book cannot be made (over 4 GB), neither: an error in `log`
    /// says so, and the site is built without them.
    static func book(_ articles: [RenderedArticle], config: SiteConfig, strings: UIStrings, layouts: [String: Data], mediaFiles: [String: Data] = [:],
                     sourceDateEpoch: Int?, log: inout [Diagnostic],
                     place: ([OutputFile]) throws(PipelineError) -> Void) throws(PipelineError) -> [String: Int] {
        guard config.book.enabled, !articles.isEmpty else { return [:] }
        // The newest date any article has (undated ones may still say when they were updated);
        // 1970 only when no article has any date, as EPUB requires a modification stamp.
        let modified = sourceDateEpoch.map { ArticleDate(date: Date(timeIntervalSince1970: TimeInterval($0))) }
            ?? articles.flatMap { [$0.article.date, $0.article.updated].compactMap { $0 } }.max()
            ?? ArticleDate(date: Date(timeIntervalSince1970: 0))
        let epubCSS = String(decoding: layouts["book/epub.css"] ?? Data(), as: UTF8.self)
        let digestCSS = String(decoding: layouts["book/digest.css"] ?? Data(), as: UTF8.self)
        let plan = BookPlan(articles, config: config, strings: strings)
        let media = BookMediaSteps.media(for: plan, options: config.book, files: mediaFiles, log: &log)
        let epub: Data
        do {
            epub = try BookBundle.epub(plan, config: config, media: media, stylesheet: epubCSS, modified: modified)
        } catch {
            // The site still builds: the book is left out (and unlinked), and the build fails with this error.
            log.append(Diagnostic(.error, file: bookPath, "cannot build the book and the digest: \(error)",
                                  hint: "keep the book to the newest articles with book.limit in site.yml, or turn it off with book.enabled: false"))
            return [:]
        }
        try place([OutputFile(path: bookPath, contents: epub)])
        let digest = BookBundle.digest(plan, config: config, media: media, stylesheet: digestCSS)
        try place([OutputFile(path: digestPath, contents: digest)])
        return [bookPath: epub.count, digestPath: digest.count]
    }

    /// `media/FILE` for each stored picture a published article uses (body or lead image),
    /// once each, with the bytes as they are in the store; other stored files stay out.
    static func media(_ articles: [RenderedArticle], files: [String: Data]) -> [OutputFile] {
        let used = Set(articles.flatMap { $0.images.values.map(\.file) })
        return used.sorted().compactMap { name in
            files[name].map { OutputFile(path: MediaLibrary.folder + "/" + name, contents: $0) }
        }
    }

    /// What the pages link to beside themselves: the static files (a favicon, a robots.txt of
    /// the site's own) and the book and the digest, by their sizes in `book`.
    static func extras(book: [String: Int], statics: [OutputFile]) -> SiteExtras {
        let download = { (path: String) in book[path].map { SiteExtras.Download(path: path, bytes: $0) } }
        return SiteExtras(staticFiles: Set(statics.map(\.path)), book: download(bookPath), digest: download(digestPath))
    }

    /// Where the book and the digest are written in the output.
    static let bookPath = "book.epub"
    static let digestPath = "digest.html"

    /// The site's `static/` files that may be copied beside the generated files at `generated`:
    /// a static file never replaces a generated one, nor takes a folder's name, nor puts a
    /// folder where a generated file is (each refused one reported).
    static func statics(_ statics: [OutputFile], besides generated: [String], log: inout [Diagnostic]) -> [OutputFile] {
        let taken = Set(generated)
        let folders = Set(generated.flatMap { parentFolders(of: $0) })
        return statics.filter { file in
            guard taken.contains(file.path) || folders.contains(file.path) || parentFolders(of: file.path).contains(where: taken.contains) else { return true }
            log.append(Diagnostic(.warning, file: "static/" + file.path, "not copied: Broadsheet generates a file or folder at the same place",
                                  hint: "rename the static file"))
            return false
        }
    }

    /// `["a", "a/b"]` for `a/b/c.html`.
    static func parentFolders(of path: String) -> [String] {
        var folders: [String] = []
        var index = path.startIndex
        while let slash = path[index...].firstIndex(of: "/") {
            folders.append(String(path[..<slash]))
            index = path.index(after: slash)
        }
        return folders
    }
}
